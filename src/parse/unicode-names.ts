// Unicode character names for `\N{...}` escapes: the algorithmic names (CJK ideographs, Hangul
// syllables) computed, the rest looked up in a generated table (unicode-names-table.ts).
import { NAME_TABLE } from './unicode-names-table.js';

const JAMO_L = ['G', 'GG', 'N', 'D', 'DD', 'R', 'M', 'B', 'BB', 'S', 'SS', '', 'J', 'JJ', 'C', 'K', 'T', 'P', 'H'];
const JAMO_V = ['A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE', 'OE', 'YO', 'U', 'WEO', 'WE', 'WI', 'YU', 'EU', 'YI', 'I'];
const JAMO_T = ['', 'G', 'GG', 'GS', 'N', 'NJ', 'NH', 'D', 'L', 'LG', 'LM', 'LB', 'LS', 'LT', 'LP', 'LH', 'M', 'B', 'BS', 'S', 'SS', 'NG', 'J', 'C', 'K', 'T', 'P', 'H'];

/** The code point named `name` (case-insensitive, as unicodedata.lookup), or undefined. */
export function lookupUnicodeName(name: string): number | undefined {
  const upper = name.toUpperCase();
  const cjk = /^CJK UNIFIED IDEOGRAPH-([0-9A-F]{4,5})$/.exec(upper);
  if (cjk) return parseInt(cjk[1], 16);
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
  return NAME_TABLE.get(upper);
}
