// The lexer: Python 3.12 source text -> tokens, as CPython's Parser/tokenizer.c produces them
// (INDENT/DEDENT, implicit line joining in brackets, backslash continuations, PEP 701 f-string
// modes). It stops at the first error and ends the token list with an ERROR token.
import { T, type Token } from './tokens.js';
import { charPosition, type PyError, type PyErrorType } from './errors.js';

/** The result of lexing: every token up to ENDMARKER, or up to an ERROR token and its error. */
export interface Lexed {
  tokens: Token[];
  error?: PyError;
  /** The newline-normalized text that token offsets refer to. */
  text: string;
}

const MAXINDENT = 100;
const MAXLEVEL = 200;
const TABSIZE = 8;

/** One replacement field `{...}` of an f-string being lexed. */
interface Field {
  /** Index in the bracket stack of this field's `{`. */
  depth: number;
  /** True once the field's `:` was seen: the lexer is in (or returns to) its format spec. */
  inSpec: boolean;
}

/** One f-string being lexed. */
interface FString {
  quote: string;
  triple: boolean;
  raw: boolean;
  /** 'middle': literal text; 'expr': inside a replacement field; 'spec': a format spec's text. */
  state: 'middle' | 'expr' | 'spec';
  fields: Field[];
  start: number;
}

interface Bracket {
  ch: string;
  pos: number;
}

class LexError {
  constructor(readonly error: PyError) {}
}

const enum C {
  TAB = 9, LF = 10, FF = 12, CR = 13, SPACE = 32, QUOTE2 = 34, HASH = 35, QUOTE1 = 39,
  DOT = 46, ZERO = 48, NINE = 57, BACKSLASH = 92, UNDERSCORE = 95, LBRACE = 123, RBRACE = 125,
}

function isAsciiIdStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}
function isAsciiIdChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || (c >= 48 && c <= 57);
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

// The Unicode classes of non-ASCII names and characters, each made when a source first needs it:
// V8 builds a \p{...} class from ICU's tables when the regexp is created (~5.6 M instructions
// for these, which every `keel build` paid at start-up; sources are nearly always ASCII).
const unicodeTest = (make: () => RegExp): ((ch: string) => boolean) => {
  let re: RegExp | undefined;
  return (ch) => (re ??= make()).test(ch);
};
const isIdStart = unicodeTest(() => /[\p{XID_Start}_]/u);
const isIdContinue = unicodeTest(() => /[\p{XID_Continue}]/u);
const isOtherIdStart = unicodeTest(() => /[\u1885\u1886\u2118\u212e\u309b\u309c]/u);
const isPrintable = unicodeTest(() => /[^\p{C}\p{Z}]| /u);

const STRING_PREFIXES = new Set([
  'r', 'u', 'b', 'f', 'br', 'rb', 'fr', 'rf',
]);

const OPS3 = new Set(['**=', '//=', '>>=', '<<=', '...']);
const OPS2 = new Set([
  '!=', '%=', '&=', '**', '*=', '+=', '-=', '->', '//', '/=', ':=', '<<', '<=', '==', '>=', '>>', '@=',
  '^=', '|=',
]);
const OPS1 = '()[]{}:,;+-*/|&<>=.%~^@!';

/** Tokenizes `text` (any newline convention; a trailing newline is implied). */
export function tokenize(source: string): Lexed {
  let text = source.indexOf('\r') === -1 ? source : source.replace(/\r\n?/g, '\n');
  const lexer = new Lexer(text);
  try {
    lexer.run();
  } catch (e) {
    if (!(e instanceof LexError)) throw e;
    const last = lexer.tokens[lexer.tokens.length - 1];
    const at = lexer.pos;
    lexer.tokens.push({
      type: T.ERROR, value: '', start: at, end: at,
      lineno: last ? last.endLineno : 1, col: last ? last.endCol : 0,
      endLineno: last ? last.endLineno : 1, endCol: last ? last.endCol : 0,
    });
    return { tokens: lexer.tokens, error: e.error, text };
  }
  return { tokens: lexer.tokens, text };
}

class Lexer {
  readonly tokens: Token[] = [];
  pos = 0;
  private line = 1;
  private lineStart = 0;
  private readonly ascii: boolean;
  private readonly n: number;
  private indents: number[] = [0];
  private altIndents: number[] = [0];
  private brackets: Bracket[] = [];
  private fstrings: FString[] = [];
  private atLineStart = true;
  // Incremental byte-column cache for non-ASCII text.
  private cacheLine = 0;
  private cachePos = 0;
  private cacheByte = 0;

  constructor(readonly text: string) {
    this.n = text.length;
    // eslint-disable-next-line no-control-regex
    this.ascii = !/[^\x00-\x7f]/.test(text);
  }

  // ---- positions ----------------------------------------------------------------------------

  /** UTF-8 byte column of `pos`, which is on the line starting at `lineStart`. */
  private byteCol(pos: number, lineStart: number, line: number): number {
    if (this.ascii) return pos - lineStart;
    let from = lineStart;
    let bytes = 0;
    if (this.cacheLine === line && this.cachePos <= pos && this.cachePos >= lineStart) {
      from = this.cachePos;
      bytes = this.cacheByte;
    }
    const t = this.text;
    for (let i = from; i < pos; i++) {
      const c = t.charCodeAt(i);
      if (c < 0x80) bytes += 1;
      else if (c < 0x800) bytes += 2;
      else if (c >= 0xd800 && c <= 0xdbff && i + 1 < pos) {
        const d = t.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          bytes += 4;
          i++;
        } else bytes += 3;
      } else bytes += 3;
    }
    this.cacheLine = line;
    this.cachePos = pos;
    this.cacheByte = bytes;
    return bytes;
  }

  /** Adds a token from `start` (on line `sLine` starting at `sLineStart`) to the current pos. */
  private push(type: T, value: string, start: number, sLine: number, sLineStart: number): Token {
    const col = this.byteCol(start, sLineStart, sLine);
    const endCol = this.byteCol(this.pos, this.lineStart, this.line);
    const tok: Token = { type, value, start, end: this.pos, lineno: sLine, col, endLineno: this.line, endCol };
    this.tokens.push(tok);
    return tok;
  }

  private fail(msg: string, at: number, type: PyErrorType = 'SyntaxError', lineOverride?: number): never {
    const p = charPosition(this.text, at);
    throw new LexError({ type, msg, line: lineOverride ?? p.line, col: p.col });
  }

  private newline(at: number): void {
    this.line++;
    this.lineStart = at + 1;
  }

  // ---- main loop ------------------------------------------------------------------------------

  run(): void {
    const t = this.text;
    for (;;) {
      const fs = this.fstrings.length > 0 ? this.fstrings[this.fstrings.length - 1] : undefined;
      if (fs && fs.state !== 'expr') {
        this.fstringMiddle(fs);
        continue;
      }
      if (this.atLineStart && this.brackets.length === 0) {
        if (this.indentation()) return;
        continue;
      }
      // Skip spaces, comments and continuation lines.
      let c = t.charCodeAt(this.pos);
      while (c === C.SPACE || c === C.TAB || c === C.FF) c = t.charCodeAt(++this.pos);
      if (c === C.HASH) {
        const nl = t.indexOf('\n', this.pos);
        this.pos = nl === -1 ? this.n : nl;
        c = t.charCodeAt(this.pos);
      }
      if (this.pos >= this.n) {
        this.endOfInput();
        return;
      }
      const start = this.pos;
      if (c === C.LF) {
        this.pos++;
        if (this.brackets.length > 0) {
          this.newline(start);
          continue;
        }
        this.push(T.NEWLINE, '', start, this.line, this.lineStart);
        this.newline(start);
        this.atLineStart = true;
        continue;
      }
      if (c === C.BACKSLASH) {
        const d = t.charCodeAt(start + 1);
        if (d === C.LF) {
          this.pos += 2;
          this.newline(start + 1);
          if (this.pos >= this.n) this.fail('unexpected EOF while parsing', this.pos);
          continue;
        }
        if (start + 1 >= this.n) this.fail('unexpected EOF while parsing', start + 1);
        this.fail('unexpected character after line continuation character', start + 1);
      }
      if (isAsciiIdStart(c) || c >= 0x80) {
        this.nameOrString(start);
        continue;
      }
      if (isDigit(c) || (c === C.DOT && isDigit(t.charCodeAt(start + 1)))) {
        this.number(start);
        continue;
      }
      if (c === C.QUOTE1 || c === C.QUOTE2) {
        this.string(start, '');
        continue;
      }
      this.operator(start, fs);
    }
  }

  /**
   * At the start of a logical line: measures indentation, skips blank and comment lines, and
   * emits INDENT/DEDENT. Returns true when input ended.
   */
  private indentation(): boolean {
    const t = this.text;
    let col = 0;
    let altcol = 0;
    let p = this.pos;
    for (;;) {
      const c = t.charCodeAt(p);
      if (c === C.SPACE) {
        col++;
        altcol++;
      } else if (c === C.TAB) {
        col = (Math.floor(col / TABSIZE) + 1) * TABSIZE;
        altcol++;
      } else if (c === C.FF) {
        col = altcol = 0;
      } else break;
      p++;
    }
    this.pos = p;
    const c = t.charCodeAt(p);
    if (p >= this.n) {
      this.endOfInput();
      return true;
    }
    if (c === C.HASH || c === C.LF || (c === C.BACKSLASH && t.charCodeAt(p + 1) === C.LF && false)) {
      // Blank or comment-only line: no tokens, no indentation change.
      const nl = t.indexOf('\n', p);
      if (nl === -1) {
        this.pos = this.n;
        this.endOfInput();
        return true;
      }
      this.pos = nl + 1;
      this.newline(nl);
      return false;
    }
    this.atLineStart = false;
    const top = this.indents[this.indents.length - 1];
    const altTop = this.altIndents[this.altIndents.length - 1];
    if (col === top) {
      if (altcol !== altTop) this.fail('inconsistent use of tabs and spaces in indentation', this.lineStart, 'TabError');
    } else if (col > top) {
      if (this.indents.length >= MAXINDENT) this.fail('too many levels of indentation', p, 'IndentationError');
      if (altcol <= altTop) this.fail('inconsistent use of tabs and spaces in indentation', this.lineStart, 'TabError');
      this.indents.push(col);
      this.altIndents.push(altcol);
      this.push(T.INDENT, '', this.lineStart, this.line, this.lineStart);
      this.tokens[this.tokens.length - 1].end = p;
    } else {
      while (this.indents.length > 1 && col < this.indents[this.indents.length - 1]) {
        this.indents.pop();
        this.altIndents.pop();
        this.push(T.DEDENT, '', p, this.line, this.lineStart);
      }
      if (col !== this.indents[this.indents.length - 1]) {
        const eol = t.indexOf('\n', p);
        this.fail('unindent does not match any outer indentation level', eol === -1 ? this.n : eol, 'IndentationError');
      }
      if (altcol !== this.altIndents[this.altIndents.length - 1]) {
        this.fail('inconsistent use of tabs and spaces in indentation', this.lineStart, 'TabError');
      }
    }
    return false;
  }

  private endOfInput(): void {
    const fs = this.fstrings[this.fstrings.length - 1];
    if (fs) this.unterminatedFString(fs);
    if (this.brackets.length > 0) {
      const b = this.brackets[this.brackets.length - 1];
      this.fail(`'${b.ch}' was never closed`, b.pos);
    }
    const last = this.tokens[this.tokens.length - 1];
    const p = this.pos;
    if (last && last.type !== T.NEWLINE && last.type !== T.DEDENT && last.type !== T.INDENT) {
      // CPython appends a newline to source without one.
      const tok = this.push(T.NEWLINE, '', p, this.line, this.lineStart);
      tok.end = p + 1;
      tok.endCol = tok.col + 1;
      this.line++;
      this.lineStart = p + 1;
    } else if (this.text.charCodeAt(this.n - 1) !== C.LF && this.n > 0) {
      this.line++;
      this.lineStart = this.n;
    }
    while (this.indents.length > 1) {
      this.indents.pop();
      this.push(T.DEDENT, '', this.pos, this.line, this.lineStart);
    }
    const tok = this.push(T.ENDMARKER, '', this.pos, this.line, this.lineStart);
    tok.col = tok.endCol = 0;
  }

  /** The line CPython names in "(detected at line N)" at end of input. */
  private detectedLine(): number {
    return this.pos >= this.n && this.text.endsWith('\n') ? this.line - 1 : this.line;
  }

  private unterminatedFString(fs: FString): never {
    const line = this.detectedLine();
    if (fs.triple) this.fail(`unterminated triple-quoted f-string literal (detected at line ${line})`, fs.start, 'SyntaxError');
    this.fail(`unterminated f-string literal (detected at line ${line})`, fs.start, 'SyntaxError');
  }

  // ---- names, numbers, strings ----------------------------------------------------------------

  private nameOrString(start: number): void {
    const t = this.text;
    let p = start;
    let ascii = true;
    for (;;) {
      const c = t.charCodeAt(p);
      if (isAsciiIdChar(c)) p++;
      else if (c >= 0x80 && p < this.n) {
        ascii = false;
        p++;
      } else break;
    }
    const c = t.charCodeAt(p);
    if ((c === C.QUOTE1 || c === C.QUOTE2) && ascii && p - start <= 2) {
      const prefix = t.slice(start, p).toLowerCase();
      if (STRING_PREFIXES.has(prefix)) {
        this.string(start, prefix);
        return;
      }
    }
    let value = t.slice(start, p);
    if (!ascii) value = this.checkIdentifier(start, p);
    this.pos = p;
    this.push(T.NAME, value, start, this.line, this.lineStart);
  }

  /** Validates a non-ASCII identifier (PEP 3131) and returns its NFKC form. */
  private checkIdentifier(start: number, end: number): string {
    const t = this.text;
    let first = true;
    for (let i = start; i < end; ) {
      const cp = t.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      const ok = cp < 0x80
        ? (first ? isAsciiIdStart(cp) : isAsciiIdChar(cp))
        : first ? isIdStart(ch) || isOtherIdStart(ch) : isIdContinue(ch) || isOtherIdStart(ch);
      if (!ok) {
        // CPython reports the first bad character (normalized identifiers are checked whole).
        if (!isPrintable(ch)) {
          this.fail(`invalid non-printable character U+${cp.toString(16).toUpperCase().padStart(4, '0')}`, i);
        }
        this.fail(`invalid character '${ch}' (U+${cp.toString(16).toUpperCase().padStart(4, '0')})`, i);
      }
      first = false;
      i += cp > 0xffff ? 2 : 1;
    }
    return t.slice(start, end).normalize('NFKC');
  }

  private number(start: number): void {
    const t = this.text;
    let p = start;
    const c0 = t.charCodeAt(p);
    const digits = (q: number, ok: (c: number) => boolean, kind: string): number => {
      // digits with single underscores between them
      for (;;) {
        while (ok(t.charCodeAt(q))) q++;
        if (t.charCodeAt(q) === C.UNDERSCORE) {
          q++;
          if (!ok(t.charCodeAt(q))) this.fail(`invalid ${kind}`, q - 1);
        } else return q;
      }
    };
    if (c0 === C.ZERO && /[xXoObB]/.test(t[p + 1] ?? '')) {
      const k = t[p + 1].toLowerCase();
      const ok = k === 'x' ? (c: number) => isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70)
        : k === 'o' ? (c: number) => c >= 48 && c <= 55 : (c: number) => c === 48 || c === 49;
      const kind = k === 'x' ? 'hexadecimal literal' : k === 'o' ? 'octal literal' : 'binary literal';
      p += 2;
      if (t.charCodeAt(p) === C.UNDERSCORE) p++;
      if (!ok(t.charCodeAt(p))) {
        if (k !== 'x' && isDigit(t.charCodeAt(p))) {
          this.fail(`invalid digit '${t[p]}' in ${kind.replace(' literal', '')} literal`, p);
        }
        this.fail(`invalid ${kind}`, p - 1);
      }
      p = digits(p, ok, kind);
      if (k !== 'x' && isDigit(t.charCodeAt(p))) this.fail(`invalid digit '${t[p]}' in ${kind}`, p);
      this.pos = p;
      this.endOfNumber(p, kind);
      this.push(T.NUMBER, t.slice(start, p), start, this.line, this.lineStart);
      return;
    }
    let isFloat = false;
    if (c0 !== C.DOT) {
      p = digits(p, isDigit, 'decimal literal');
    }
    let c = t.charCodeAt(p);
    if (c === C.DOT) {
      isFloat = true;
      p++;
      if (isDigit(t.charCodeAt(p))) p = digits(p, isDigit, 'decimal literal');
      c = t.charCodeAt(p);
    }
    if (c === 101 || c === 69) {
      // exponent (or, if no digits follow, the end of the number)
      let q = p + 1;
      const s = t.charCodeAt(q);
      if (s === 43 || s === 45) q++;
      if (isDigit(t.charCodeAt(q))) {
        p = digits(q, isDigit, 'decimal literal');
        isFloat = true;
        c = t.charCodeAt(p);
      } else {
        this.pos = p;
        this.endOfNumber(p, 'decimal literal');
        this.fail('invalid decimal literal', q);
      }
    }
    if (c === 106 || c === 74) {
      p++;
    } else if (!isFloat && c0 === C.ZERO) {
      const s = t.slice(start, p);
      if (/[1-9]/.test(s)) {
        this.fail('leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers', start);
      }
    }
    this.pos = p;
    this.endOfNumber(p, 'decimal literal');
    this.push(T.NUMBER, t.slice(start, p), start, this.line, this.lineStart);
  }

  /** CPython's verify_end_of_number: a number may touch only a few keywords. */
  private endOfNumber(p: number, kind: string): void {
    const t = this.text;
    const c = t.charCodeAt(p);
    if (!(isAsciiIdChar(c) || (c >= 0x80 && isIdStart(String.fromCodePoint(t.codePointAt(p)!))))) return;
    for (const kw of ['and', 'else', 'for', 'if', 'in', 'is', 'not', 'or']) {
      if (t.startsWith(kw, p)) return;
    }
    if (kind === 'decimal literal' && isDigit(c)) return;
    this.fail(`invalid ${kind}`, p);
  }

  /** A string literal starting at `start` (its prefix, lowercased, is `prefix`). */
  private string(start: number, prefix: string): void {
    const t = this.text;
    let p = start + prefix.length;
    const quote = t[p];
    const triple = t[p + 1] === quote && t[p + 2] === quote;
    const qlen = triple ? 3 : 1;
    p += qlen;
    const sLine = this.line;
    const sLineStart = this.lineStart;
    if (prefix.includes('f')) {
      this.pos = p;
      this.push(T.FSTRING_START, t.slice(start, p), start, sLine, sLineStart);
      if (this.fstrings.length >= 150) this.fail('too many nested f-strings', start);
      this.fstrings.push({ quote, triple, raw: prefix.includes('r'), state: 'middle', fields: [], start });
      return;
    }
    const qc = quote.charCodeAt(0);
    for (;;) {
      if (p >= this.n) {
        this.pos = p;
        this.fstringQuote(quote, start);
        if (triple) this.fail(`unterminated triple-quoted string literal (detected at line ${this.detectedLine()})`, start, 'SyntaxError', sLine);
        this.fail(`unterminated string literal (detected at line ${this.detectedLine()})`, start, 'SyntaxError', sLine);
      }
      const c = t.charCodeAt(p);
      if (c === qc) {
        if (!triple) break;
        if (t.charCodeAt(p + 1) === qc && t.charCodeAt(p + 2) === qc) break;
        p++;
      } else if (c === C.BACKSLASH) {
        if (t.charCodeAt(p + 1) === C.LF) this.newline(p + 1);
        p += 2;
      } else if (c === C.LF) {
        if (!triple) {
          this.fstringQuote(quote, start);
          this.fail(`unterminated string literal (detected at line ${this.line})`, start, 'SyntaxError', sLine);
        }
        this.newline(p);
        p++;
      } else p++;
    }
    p += qlen;
    this.pos = p;
    this.push(T.STRING, t.slice(start, p), start, sLine, sLineStart);
  }

  /** An unterminated string inside a replacement field that starts with the f-string's quote. */
  private fstringQuote(quote: string, start: number): void {
    const fs = this.fstrings[this.fstrings.length - 1];
    if (fs && fs.state === 'expr' && fs.quote === quote) {
      this.fail("f-string: expecting '}'", start);
    }
  }

  /** Literal text of an f-string (state 'middle' or 'spec') up to `{`, `}` or the end quote. */
  private fstringMiddle(fs: FString): void {
    const t = this.text;
    let p = this.pos;
    let start = p;
    let sLine = this.line;
    let sLineStart = this.lineStart;
    let value = '';
    let from = p;
    const qc = fs.quote.charCodeAt(0);
    const spec = fs.state === 'spec';
    const emit = (always: boolean) => {
      value += t.slice(from, p);
      if (value.length > 0 || always) {
        this.pos = p;
        this.push(T.FSTRING_MIDDLE, value, start, sLine, sLineStart);
      }
      value = '';
      from = start = p;
      sLine = this.line;
      sLineStart = this.lineStart;
    };
    for (;;) {
      if (p >= this.n) this.unterminatedFString(fs);
      const c = t.charCodeAt(p);
      if (c === qc && (!fs.triple || (t.charCodeAt(p + 1) === qc && t.charCodeAt(p + 2) === qc))) {
        if (spec) {
          this.pos = p;
          this.fail("f-string: expecting '}'", p);
        }
        emit(false);
        p += fs.triple ? 3 : 1;
        this.pos = p;
        this.push(T.FSTRING_END, fs.quote.repeat(fs.triple ? 3 : 1), start, this.line, this.lineStart);
        this.fstrings.pop();
        return;
      }
      if (c === C.LF) {
        if (!fs.triple) {
          if (spec) this.fail("f-string: newlines are not allowed in format specifiers for single quoted f-strings", p);
          this.unterminatedFString(fs);
        }
        this.newline(p);
        p++;
        continue;
      }
      if (c === C.BACKSLASH) {
        const d = t.charCodeAt(p + 1);
        if (!fs.raw && d === 78 /* N */ && t.charCodeAt(p + 2) === C.LBRACE) {
          const close = t.indexOf('}', p + 3);
          const nl = t.indexOf('\n', p + 3);
          if (close !== -1 && (nl === -1 || close < nl)) {
            p = close + 1;
            continue;
          }
        }
        if (d === C.LBRACE || d === C.RBRACE || p + 1 >= this.n) {
          p++;
          continue;
        }
        if (d === C.LF) this.newline(p + 1);
        p += 2;
        continue;
      }
      if (c === C.LBRACE) {
        if (!spec && t.charCodeAt(p + 1) === C.LBRACE) {
          value += t.slice(from, p + 1);
          p += 2;
          from = p;
          emit(true);
          continue;
        }
        emit(false);
        this.pos = p + 1;
        this.openBracket('{', p);
        this.push(T.OP, '{', p, this.line, this.lineStart);
        fs.fields.push({ depth: this.brackets.length - 1, inSpec: false });
        fs.state = 'expr';
        return;
      }
      if (c === C.RBRACE) {
        if (spec) {
          emit(true);
          this.closeField(fs, p);
          return;
        }
        if (t.charCodeAt(p + 1) === C.RBRACE) {
          value += t.slice(from, p + 1);
          p += 2;
          from = p;
          emit(true);
          continue;
        }
        this.pos = p;
        this.fail("f-string: single '}' is not allowed", p);
      }
      p++;
    }
  }

  /** Emits the `}` at `p` that closes the innermost replacement field of `fs`. */
  private closeField(fs: FString, p: number): void {
    this.pos = p + 1;
    this.brackets.pop();
    this.push(T.OP, '}', p, this.line, this.lineStart);
    fs.fields.pop();
    fs.state = fs.fields.length > 0 ? 'spec' : 'middle';
  }

  private openBracket(ch: string, p: number): void {
    if (this.brackets.length >= MAXLEVEL) this.fail('too many nested parentheses', p);
    this.brackets.push({ ch, pos: p });
  }

  private operator(start: number, fs: FString | undefined): void {
    const t = this.text;
    const c = t[start];
    if (fs && fs.state === 'expr') {
      const field = fs.fields[fs.fields.length - 1];
      if (this.brackets.length - 1 === field.depth) {
        if (c === '}') {
          this.closeField(fs, start);
          return;
        }
        if (c === ':' && !field.inSpec) {
          this.pos = start + 1;
          this.push(T.OP, ':', start, this.line, this.lineStart);
          field.inSpec = true;
          fs.state = 'spec';
          return;
        }
      }
    }
    let op = t.substr(start, 3);
    if (!OPS3.has(op)) {
      op = t.substr(start, 2);
      if (!OPS2.has(op)) {
        op = c;
        if (!OPS1.includes(op)) {
          const cp = t.codePointAt(start)!;
          const ch = String.fromCodePoint(cp);
          if (cp >= 0x80 && !isPrintable(ch)) {
            this.fail(`invalid non-printable character U+${cp.toString(16).toUpperCase().padStart(4, '0')}`, start);
          }
          if (cp < 0x20 || cp === 0x7f) {
            this.fail(`invalid non-printable character U+${cp.toString(16).toUpperCase().padStart(4, '0')}`, start);
          }
          if (cp < 0x80) {
            // '$', '?', '`': an error token the parser reports as invalid syntax
            this.pos = start + 1;
            this.push(T.OP, ch, start, this.line, this.lineStart);
            return;
          }
          this.fail(`invalid character '${ch}' (U+${cp.toString(16).toUpperCase().padStart(4, '0')})`, start);
        }
      }
    }
    if (op === '(' || op === '[' || op === '{') {
      this.openBracket(op, start);
    } else if (op === ')' || op === ']' || op === '}') {
      const open = this.brackets.pop();
      if (!open) this.fail(`unmatched '${op}'`, start);
      const want = open.ch === '(' ? ')' : open.ch === '[' ? ']' : '}';
      if (want !== op) {
        const o = charPosition(t, open.pos);
        const here = charPosition(t, start);
        this.fail(
          `closing parenthesis '${op}' does not match opening parenthesis '${open.ch}'` +
            (o.line !== here.line ? ` on line ${o.line}` : ''),
          start,
        );
      }
    }
    this.pos = start + op.length;
    this.push(T.OP, op, start, this.line, this.lineStart);
  }
}
