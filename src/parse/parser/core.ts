// The parser's state and primitives: the token cursor, lookahead tests, position stamping,
// error raising (CPython's messages and locations) and the nesting-depth guard.
import type * as ast from '../ast.js';
import { T, KEYWORDS, type Token } from '../tokens.js';
import { charPosition, ParseFailure, type PyError, type PyErrorType } from '../errors.js';

/** Deepest recursion of nested expressions/statements before "too complex" errors. */
export const MAX_DEPTH = 1200;

export class Parser {
  i = 0;
  depth = 0;
  /** Furthest token index examined (CPython reports generic errors there). */
  far = 0;

  constructor(
    readonly toks: Token[],
    readonly text: string,
    readonly lexError: PyError | undefined,
  ) {}

  // ---- cursor ---------------------------------------------------------------------------------

  get tok(): Token {
    if (this.i > this.far) this.far = this.i;
    return this.toks[this.i];
  }
  peek(k = 1): Token {
    const j = Math.min(this.i + k, this.toks.length - 1);
    if (j > this.far) this.far = j;
    return this.toks[j];
  }
  get prev(): Token {
    return this.toks[this.i - 1];
  }
  next(): Token {
    const t = this.tok;
    if (t.type === T.ERROR) this.raiseLexError();
    if (t.type !== T.ENDMARKER) this.i++;
    return t;
  }

  isOp(v: string): boolean {
    const t = this.tok;
    return t.type === T.OP && t.value === v;
  }
  isKw(v: string): boolean {
    const t = this.tok;
    return t.type === T.NAME && t.value === v;
  }
  /** A NAME that is not a hard keyword. */
  isName(t: Token = this.tok): boolean {
    return t.type === T.NAME && !KEYWORDS.has(t.value);
  }
  eatOp(v: string): boolean {
    if (this.isOp(v)) {
      this.i++;
      return true;
    }
    return false;
  }
  eatKw(v: string): boolean {
    if (this.isKw(v)) {
      this.i++;
      return true;
    }
    return false;
  }
  expectOp(v: string): Token {
    if (!this.isOp(v)) this.fail();
    return this.next();
  }
  expectKw(v: string): Token {
    if (!this.isKw(v)) this.fail();
    return this.next();
  }
  expectName(): string {
    if (!this.isName()) this.fail();
    return this.next().value;
  }
  /** `expected ':'` as CPython reports it: at the token after the missing colon's place. */
  expectColon(): void {
    if (this.isOp(':')) {
      this.i++;
      return;
    }
    this.fail();
  }

  // ---- positions -----------------------------------------------------------------------------

  /** Stamps `node` with the span from token `s` to the last consumed token. */
  fin<N extends ast.Located>(node: Omit<N, 'lineno' | 'col_offset' | 'end_lineno' | 'end_col_offset'>, s: Token): N {
    let j = this.i - 1;
    let e = this.toks[j];
    // CPython ends a node at the last token that is not NEWLINE/INDENT/DEDENT.
    while (e.type === T.NEWLINE || e.type === T.DEDENT || e.type === T.INDENT) e = this.toks[--j];
    const n = node as N;
    n.lineno = s.lineno;
    n.col_offset = s.col;
    n.end_lineno = e.endLineno;
    n.end_col_offset = e.endCol;
    return n;
  }
  /** Stamps `node` with the span from `a`'s start to `b`'s end (nodes or tokens). */
  span<N extends ast.Located>(node: Omit<N, 'lineno' | 'col_offset' | 'end_lineno' | 'end_col_offset'>, a: ast.Located, b: ast.Located): N {
    const n = node as N;
    n.lineno = a.lineno;
    n.col_offset = a.col_offset;
    n.end_lineno = b.end_lineno;
    n.end_col_offset = b.end_col_offset;
    return n;
  }

  enter(): void {
    if (++this.depth > MAX_DEPTH) {
      this.raise('too many nested parentheses', this.tok);
    }
  }
  leave(): void {
    this.depth--;
  }

  // ---- errors ---------------------------------------------------------------------------------

  /** The lexer's error, raised when the parser reaches the token where lexing stopped. */
  raiseLexError(): never {
    throw new ParseFailure(this.lexError!);
  }

  /** Generic "invalid syntax" at the current token (or the lexer's error if it is there). */
  fail(): never {
    const t = this.tok;
    if (t.type === T.ERROR) this.raiseLexError();
    if (t.type === T.INDENT) this.raise('unexpected indent', t, 'IndentationError');
    if (t.type === T.DEDENT) this.raise('unexpected unindent', t, 'IndentationError');
    // CPython re-tokenizes the rest of the file and prefers a tokenizer error to a generic one.
    if (this.lexError) this.raiseLexError();
    if (t.type === T.ENDMARKER) this.raise('invalid syntax', t);
    this.raise('invalid syntax', t);
  }

  /** Raises `msg` located at a token (its start; end = its end). */
  raise(msg: string, t: Token, type: PyErrorType = 'SyntaxError'): never {
    if (t.type === T.ENDMARKER && this.i > 0) {
      // at the end of input CPython points just past the last token
      const prev = this.toks[this.toks.indexOf(t) - 1] ?? t;
      const e = charPosition(this.text, prev.start);
      throw new ParseFailure({ type, msg, line: e.line, col: e.col, endLine: e.line, endCol: e.col });
    }
    if (t.type === T.INDENT) {
      // CPython points at the last character of the indentation
      const e = charPosition(this.text, t.end);
      throw new ParseFailure({ type, msg, line: e.line, col: e.col - 1, endLine: e.line, endCol: e.col - 1 });
    }
    const s = charPosition(this.text, t.start);
    const e = charPosition(this.text, t.end);
    throw new ParseFailure({ type, msg, line: s.line, col: s.col, endLine: e.line, endCol: e.col });
  }

  /** Raises `msg` located at a node range (CPython's RAISE_SYNTAX_ERROR_KNOWN_RANGE). */
  raiseAt(msg: string, a: ast.Located, b: ast.Located = a, type: PyErrorType = 'SyntaxError'): never {
    throw new ParseFailure({
      type, msg,
      line: a.lineno, col: this.byteToCharCol(a.lineno, a.col_offset) + 1,
      endLine: b.end_lineno, endCol: this.byteToCharCol(b.end_lineno, b.end_col_offset) + 1,
    });
  }

  /** Converts a UTF-8 byte column on `line` to a code point column (both 0-based). */
  byteToCharCol(line: number, byteCol: number): number {
    let start = 0;
    for (let l = 1; l < line; l++) {
      const nl = this.text.indexOf('\n', start);
      if (nl === -1) break;
      start = nl + 1;
    }
    let bytes = 0;
    let chars = 0;
    for (let i = start; bytes < byteCol && i < this.text.length; i++) {
      const cp = this.text.codePointAt(i)!;
      bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      if (cp > 0xffff) i++;
      chars++;
    }
    return chars;
  }
}
