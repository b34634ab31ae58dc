// Source decoding: bytes -> text as CPython reads a source file (UTF-8 BOM, PEP 263 coding
// cookie on line 1 or 2, invalid UTF-8 -> CPython's SyntaxError).
import type { Diagnostic } from '../diag/diagnostic.js';
import { toDiagnostic } from './errors.js';

const COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;

/** CPython's get_normal_name, then the aliases its codec registry accepts for the common codecs. */
function normalEncoding(name: string): string {
  const n = name.toLowerCase().replace(/_/g, '-');
  if (n === 'utf-8' || n.startsWith('utf-8-')) return 'utf-8';
  if (/^(latin-1|iso-8859-1|iso-latin-1)(-|$)/.test(n)) return 'iso-8859-1';
  if (['utf8', 'u8', 'utf', 'cp65001'].includes(n)) return 'utf-8';
  if (['latin1', 'latin', 'l1', 'iso8859-1', '8859', 'cp819', 'iso-ir-100', 'iso-8859-1'].includes(n)) return 'iso-8859-1';
  if (['ascii', 'us-ascii', '646', 'us', 'ansi-x3.4-1968', 'iso646-us', 'cp367', 'csascii'].includes(n)) return 'ascii';
  return n;
}

function lineAt(bytes: Uint8Array, from: number): { text: string; next: number } {
  let end = from;
  while (end < bytes.length && bytes[end] !== 0x0a && bytes[end] !== 0x0d) end++;
  let next = end;
  if (bytes[next] === 0x0d) next++;
  if (bytes[next] === 0x0a) next++;
  let text = '';
  for (let i = from; i < end; i++) text += String.fromCharCode(bytes[i]);
  return { text, next };
}

/** Decodes a source file's bytes; a wrong encoding or undecodable bytes give a diagnostic. */
export function decodeSource(bytes: Uint8Array, file: string): { text?: string; diagnostics: Diagnostic[] } {
  const fail = (msg: string, line: number, col = 0) => {
    const d = toDiagnostic({ type: 'SyntaxError', msg, line, col }, file);
    if (line === 0) d.span = undefined; // CPython gives encoding errors no location
    return { diagnostics: [d] };
  };
  let start = 0;
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (bom) start = 3;
  let encoding = 'utf-8';
  const l1 = lineAt(bytes, start);
  let m = COOKIE.exec(l1.text);
  if (!m && /^[ \t\f]*(#.*)?$/.test(l1.text)) m = COOKIE.exec(lineAt(bytes, l1.next).text);
  if (m) {
    encoding = normalEncoding(m[1]);
    const plain = m[1].toLowerCase().replace(/_/g, '-');
    if (bom && plain !== 'utf-8' && !plain.startsWith('utf-8-')) return fail(`encoding problem: ${m[1]} with BOM`, 0);
  }
  const body = bytes.subarray(start);
  if (encoding === 'iso-8859-1') {
    let text = '';
    for (let i = 0; i < body.length; i += 8192) text += String.fromCharCode(...body.subarray(i, i + 8192));
    return { text, diagnostics: [] };
  }
  if (encoding === 'ascii') {
    for (let i = 0; i < body.length; i++) {
      if (body[i] >= 0x80) {
        return fail(`(unicode error) 'ascii' codec can't decode byte 0x${body[i].toString(16)} in position ${i}: ordinal not in range(128)`, lineOf(body, i));
      }
    }
    return { text: new TextDecoder('utf-8').decode(body), diagnostics: [] };
  }
  let decoder: { decode(b: Uint8Array): string };
  try {
    decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  } catch {
    return fail(`unknown encoding: ${m ? m[1] : encoding}`, 0);
  }
  try {
    return { text: decoder.decode(body), diagnostics: [] };
  } catch {
    return fail(...utf8Error(body, encoding));
  }
}

/** CPython's message for undecodable bytes: attributed to the string literal they sit in. */
function utf8Error(body: Uint8Array, encoding: string): [string, number, number] {
  const bad = firstInvalidUtf8(body);
  const line = lineOf(body, bad);
  let lineStart = bad;
  while (lineStart > 0 && body[lineStart - 1] !== 0x0a) lineStart--;
  let quote = bad - 1;
  while (quote >= lineStart && body[quote] !== 0x22 && body[quote] !== 0x27) quote--;
  const prefix = new TextDecoder('utf-8').decode(body.subarray(lineStart, Math.max(lineStart, quote)));
  const col = quote >= lineStart ? Array.from(prefix).length + 1 : 1;
  const c = body[bad];
  const need = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : 1;
  const reason = c < 0xc2 || c > 0xf4 ? 'invalid start byte'
    : bad + need >= body.length ? 'unexpected end of data' : 'invalid continuation byte';
  const pos = quote >= lineStart ? bad - quote - 1 : bad - lineStart;
  return [`(unicode error) '${encoding}' codec can't decode byte 0x${c.toString(16)} in position ${pos}: ${reason}`, line, col];
}

function lineOf(b: Uint8Array, at: number): number {
  let line = 1;
  for (let i = 0; i < at; i++) if (b[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that starts an invalid UTF-8 sequence. */
function firstInvalidUtf8(b: Uint8Array): number {
  for (let i = 0; i < b.length; ) {
    const c = b[i];
    let n = 0;
    if (c < 0x80) n = 0;
    else if (c >= 0xc2 && c <= 0xdf) n = 1;
    else if (c >= 0xe0 && c <= 0xef) n = 2;
    else if (c >= 0xf0 && c <= 0xf4) n = 3;
    else return i;
    for (let k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k] & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return b.length;
}
