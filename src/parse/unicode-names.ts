// Unicode character names for `\N{...}` escapes: the algorithmic names (CJK ideographs, Hangul
// syllables) computed, the rest looked up in a generated table (unicode-names-table.ts).
import { ALPHABET, NAMES, RANGES, WORDS } from './unicode-names-table.js';

const JAMO_L = ['G', 'GG', 'N', 'D', 'DD', 'R', 'M', 'B', 'BB', 'S', 'SS', '', 'J', 'JJ', 'C', 'K', 'T', 'P', 'H'];
const JAMO_V = ['A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE', 'OE', 'YO', 'U', 'WEO', 'WE', 'WI', 'YU', 'EU', 'YI', 'I'];
const JAMO_T = ['', 'G', 'GG', 'GS', 'N', 'NJ', 'NH', 'D', 'L', 'LG', 'LM', 'LB', 'LS', 'LT', 'LP', 'LH', 'M', 'B', 'BS', 'S', 'SS', 'NG', 'J', 'C', 'K', 'T', 'P', 'H'];

/** The code point named `name` (case-insensitive, as unicodedata.lookup), or undefined. */
export function lookupUnicodeName(name: string): number | undefined {
  const upper = name.toUpperCase();
  const ranged = /^(.*)-([0-9A-F]{4,6})$/.exec(upper);
  if (ranged) {
    const cp = parseInt(ranged[2], 16);
    for (const [prefix, lo, hi] of RANGES) if (prefix === ranged[1] && cp >= lo && cp <= hi) return cp;
  }
  if (upper.startsWith('HANGUL SYLLABLE ')) {
    const rest = upper.slice(16);
    for (let l = 0; l < JAMO_L.length; l++) {
      if (!rest.startsWith(JAMO_L[l])) continue;
      for (let v = 0; v < JAMO_V.length; v++) {
        if (!rest.startsWith(JAMO_V[v], JAMO_L[l].length)) continue;
        for (let t = 0; t < JAMO_T.length; t++) {
          if (JAMO_L[l] + JAMO_V[v] + JAMO_T[t] === rest) return 0xac00 + (l * 21 + v) * 28 + t;
        }
      }
    }
    return undefined;
  }
  return lookupTable(upper);
}

/** Encodes a number as the table does: base-46 digits, all but the last from the upper half. */
function encode(n: number): string {
  let out = ALPHABET[n % 46];
  n = Math.floor(n / 46);
  while (n > 0) {
    out = ALPHABET[46 + (n % 46)] + out;
    n = Math.floor(n / 46);
  }
  return out;
}

/** Scans the word-coded name table for `name` (no cache: \N escapes are rare). */
function lookupTable(name: string): number | undefined {
  const words = WORDS.split(' ');
  const codes: string[] = [];
  for (const w of name.split(' ')) {
    const i = words.indexOf(w);
    if (i === -1) return undefined;
    codes.push(encode(i));
  }
  const want = codes.join('');
  let cp = -1;
  let at = 0;
  while (at < NAMES.length) {
    let end = NAMES.indexOf(' ', at);
    if (end === -1) end = NAMES.length;
    // the delta: digits up to and including the first terminal digit
    let delta = 0;
    let k = at;
    for (;;) {
      const d = ALPHABET.indexOf(NAMES[k++]);
      if (d < 46) {
        delta = delta * 46 + d;
        break;
      }
      delta = delta * 46 + (d - 46);
    }
    cp += delta + 1;
    if (end - k === want.length && NAMES.startsWith(want, k)) return cp;
    at = end + 1;
  }
  return undefined;
}
