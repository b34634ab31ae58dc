// Literal values: NUMBER token text -> int/float/complex, string token text -> str/bytes with
// every escape CPython's unicode_escape / bytes decoder accepts (Parser/string_parser.c).
import type { ConstantValue, StrValue } from '../ast.js';
import { lookupUnicodeName } from '../unicode-names.js';

/** The value of a NUMBER token's text. */
export function numberValue(text: string): ConstantValue {
  const s = text.includes('_') ? text.replace(/_/g, '') : text;
  const last = s.charCodeAt(s.length - 1);
  if (last === 106 || last === 74) {
    return { kind: 'complex', real: 0, imag: Number(s.slice(0, -1)) };
  }
  if (s.length > 1 && s.charCodeAt(0) === 48) {
    const k = s.charCodeAt(1) | 0x20;
    if (k === 120 || k === 111 || k === 98) return BigInt(s[0] + String.fromCharCode(k) + s.slice(2));
  }
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 46 || c === 101 || c === 69) return Number(s);
  }
  if (s.length < 16) return BigInt(Number(s));
  return BigInt(s);
}

/** Thrown by the decoders; the parser turns it into a SyntaxError at the string token. */
export class DecodeError {
  constructor(readonly msg: string) {}
}

export interface StringParts {
  prefix: string;
  body: string;
  raw: boolean;
  bytes: boolean;
}

/** Splits a STRING token's text into prefix flags and body (between the quotes). */
export function splitString(text: string): StringParts {
  let p = 0;
  while (text[p] !== '"' && text[p] !== "'") p++;
  const prefix = text.slice(0, p);
  const q = text[p];
  const triple = text[p + 1] === q && text[p + 2] === q && text.length >= p + 6;
  const ql = triple ? 3 : 1;
  const lower = prefix.toLowerCase();
  return {
    prefix,
    body: text.slice(p + ql, text.length - ql),
    raw: lower.includes('r'),
    bytes: lower.includes('b'),
  };
}

/**
 * Decodes a str literal body (not raw) as CPython's unicode-escape decoder does. Escaped
 * surrogates that a JS string would fuse into one character give a CodePointsValue.
 */
export function decodeStrEscapes(body: string): StrValue {
  if (body.indexOf('\\') === -1) return body;
  const surrogate = { seen: false };
  const s = decodeEscapes(body, undefined, surrogate);
  if (!surrogate.seen) return s;
  const pieces: (string | number)[] = [];
  decodeEscapes(body, pieces);
  return fromPieces(pieces);
}

/** Joins decoded pieces (source text, escaped code points) into a str value. */
export function fromPieces(pieces: (string | number)[]): StrValue {
  const cps: number[] = [];
  for (const x of pieces) {
    if (typeof x === 'number') cps.push(x);
    else for (let i = 0; i < x.length; i++) {
      const cp = x.codePointAt(i)!;
      cps.push(cp);
      if (cp > 0xffff) i++;
    }
  }
  for (let i = 0; i + 1 < cps.length; i++) {
    if (cps[i] >= 0xd800 && cps[i] <= 0xdbff && cps[i + 1] >= 0xdc00 && cps[i + 1] <= 0xdfff) {
      return { kind: 'codepoints', codePoints: cps };
    }
  }
  let out = '';
  for (const cp of cps) out += String.fromCodePoint(cp);
  return out;
}

/** Concatenates str values as Python does (surrogates never fuse). */
export function concatStr(parts: StrValue[]): StrValue {
  let simple = true;
  for (const x of parts) {
    if (typeof x !== 'string') simple = false;
    else if (x.length > 0) {
      const last = x.charCodeAt(x.length - 1);
      const first = x.charCodeAt(0);
      if ((last >= 0xd800 && last <= 0xdbff) || (first >= 0xdc00 && first <= 0xdfff)) simple = false;
    }
  }
  if (simple) return (parts as string[]).join('');
  const pieces: (string | number)[] = [];
  for (const x of parts) {
    if (typeof x === 'string') {
      // split so that a lone surrogate at either end stays one code point
      for (let i = 0; i < x.length; i++) {
        const cp = x.codePointAt(i)!;
        pieces.push(cp);
        if (cp > 0xffff) i++;
      }
    } else pieces.push(...x.codePoints);
  }
  return fromPieces(pieces);
}

/**
 * The unicode-escape decoder. With `pieces`, it records source text and escaped code points
 * separately; without, it returns the text and reports (via `surrogate.seen`) escaped surrogates.
 */
function decodeEscapes(body: string, pieces: (string | number)[] | undefined, surrogate = { seen: false }): string {
  let out = '';
  const emit = (x: string) => {
    if (pieces) pieces.push(x);
    else out += x;
  };
  const emitCp = (v: number) => {
    if (v >= 0xd800 && v <= 0xdfff) surrogate.seen = true;
    if (pieces) pieces.push(v);
    else out += String.fromCodePoint(v);
  };
  let from = 0;
  const n = body.length;
  let i = body.indexOf('\\');
  while (i !== -1) {
    emit(body.slice(from, i));
    if (i + 1 >= n) throw new DecodeError(`(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position ${utf8Pos(body, i)}: \\ at end of string`);
    const c = body[i + 1];
    let j = i + 2;
    switch (c) {
      case '\n': break;
      case '\\': emit('\\'); break;
      case "'": emit("'"); break;
      case '"': emit('"'); break;
      case 'a': emit('\x07'); break;
      case 'b': emit('\b'); break;
      case 'f': emit('\f'); break;
      case 'n': emit('\n'); break;
      case 'r': emit('\r'); break;
      case 't': emit('\t'); break;
      case 'v': emit('\v'); break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        let v = c.charCodeAt(0) - 48;
        for (let k = 0; k < 2 && j < n && body[j] >= '0' && body[j] <= '7'; k++, j++) v = v * 8 + body.charCodeAt(j) - 48;
        emitCp(v);
        break;
      }
      case 'x': case 'u': case 'U': {
        const len = c === 'x' ? 2 : c === 'u' ? 4 : 8;
        const hex = body.slice(j, j + len);
        if (hex.length < len || !/^[0-9a-fA-F]+$/.test(hex)) {
          let k = 0;
          while (k < hex.length && /[0-9a-fA-F]/.test(hex[k])) k++;
          throw new DecodeError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${utf8Pos(body, i)}-${utf8Pos(body, j + k) - 1}: truncated \\${c}${'X'.repeat(len)} escape`);
        }
        const v = parseInt(hex, 16);
        if (v > 0x10ffff) {
          throw new DecodeError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${utf8Pos(body, i)}-${utf8Pos(body, j + len) - 1}: illegal Unicode character`);
        }
        emitCp(v);
        j += len;
        break;
      }
      case 'N': {
        const close = body[j] === '{' ? body.indexOf('}', j + 1) : -1;
        const name = close === -1 ? undefined : body.slice(j + 1, close);
        const cp = name ? lookupUnicodeName(name) : undefined;
        if (cp === undefined) {
          const end = close === -1 ? j : close + 1;
          const what = close === -1 || !name ? 'malformed \\N character escape' : 'unknown Unicode character name';
          throw new DecodeError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${utf8Pos(body, i)}-${utf8Pos(body, end) - 1}: ${what}`);
        }
        emitCp(cp);
        j = close + 1;
        break;
      }
      default:
        // Invalid escapes are kept (CPython only warns).
        emit('\\');
        j = i + 1;
    }
    from = j;
    i = body.indexOf('\\', j);
  }
  emit(body.slice(from));
  return out;
}

function utf8Pos(s: string, i: number): number {
  let b = 0;
  for (let k = 0; k < i; k++) {
    const c = s.charCodeAt(k);
    if (c < 0x80) b += 1;
    else if (c < 0x800) b += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      b += 4;
      k++;
    } else b += 3;
  }
  return b;
}

/** Decodes a bytes literal body; non-ASCII characters are an error. */
export function decodeBytes(body: string, raw: boolean): Uint8Array {
  const out: number[] = [];
  const n = body.length;
  for (let i = 0; i < n; i++) {
    const ch = body.charCodeAt(i);
    if (ch >= 0x80) throw new DecodeError('bytes can only contain ASCII literal characters');
    if (ch !== 92 || raw) {
      out.push(ch);
      continue;
    }
    if (i + 1 >= n) throw new DecodeError('(value error) Trailing \\ in string');
    const c = body[++i];
    switch (c) {
      case '\n': break;
      case '\\': out.push(92); break;
      case "'": out.push(39); break;
      case '"': out.push(34); break;
      case 'a': out.push(7); break;
      case 'b': out.push(8); break;
      case 'f': out.push(12); break;
      case 'n': out.push(10); break;
      case 'r': out.push(13); break;
      case 't': out.push(9); break;
      case 'v': out.push(11); break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        let v = c.charCodeAt(0) - 48;
        for (let k = 0; k < 2 && i + 1 < n && body[i + 1] >= '0' && body[i + 1] <= '7'; k++) v = v * 8 + body.charCodeAt(++i) - 48;
        out.push(v & 0xff);
        break;
      }
      case 'x': {
        const hex = body.slice(i + 1, i + 3);
        if (!/^[0-9a-fA-F]{2}$/.test(hex)) throw new DecodeError(`(value error) invalid \\x escape at position ${i - 1}`);
        out.push(parseInt(hex, 16));
        i += 2;
        break;
      }
      default:
        if (body.charCodeAt(i) >= 0x80) throw new DecodeError('bytes can only contain ASCII literal characters');
        out.push(92, body.charCodeAt(i));
    }
  }
  return Uint8Array.from(out);
}
