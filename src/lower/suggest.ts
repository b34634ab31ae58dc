// "Did you mean" for NameError, as CPython 3.12's traceback module computes it when it prints
// an uncaught NameError: the closest of the frame's locals, then its globals, then the builtins,
// by a Levenshtein distance where a substitution costs 2 (1 when only the case differs) and an
// insertion or deletion 2, within a limit that grows with the names' lengths; ". Did you forget
// to import 'x'" when the name is a standard module's. Keel knows every name a function or
// module can bind at compile time, so it computes the suggestion then (a name bound later in the
// run counts as bound: CPython would skip it); the runtime adds `self.x` when the frame has a
// `self` with that attribute (stdlib/_rt/exc.py rt_raise_name_error).

import { BUILTIN_NAMES, STDLIB_MODULE_NAMES } from './suggestdata.js';

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

/** The cost of replacing character x by y (UTF-16 codes). Two ASCII characters are compared by
 * their codes (lower-casing strings per comparison was most of a NameError suggestion's compile
 * time); others as CPython compares them, lower-cased. */
function substitutionCost(x: number, y: number): number {
  if (x === y) return 0;
  if (x < 128 && y < 128) return (x | 32) === (y | 32) && (x | 32) >= 97 && (x | 32) <= 122 ? CASE_COST : MOVE_COST;
  return String.fromCharCode(x).toLowerCase() === String.fromCharCode(y).toLowerCase() ? CASE_COST : MOVE_COST;
}

/** The weighted edit distance of a and b, or some number above maxCost once it must exceed it. */
export function editDistance(a: string, b: string, maxCost: number): number {
  if (a === b) return 0;
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  a = a.slice(pre);
  b = b.slice(pre);
  let suf = 0;
  while (suf < a.length && suf < b.length && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  a = a.slice(0, a.length - suf);
  b = b.slice(0, b.length - suf);
  if (!a.length || !b.length) return (a.length + b.length) * MOVE_COST;
  if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
  // row[i]: the distance from a[..i] to the part of b seen so far
  // (codes and an Int32Array, no Math.min: every global read's NameError path asks, and the
  // compiler runs without V8's optimizing tier, bin/keel.js)
  const row = new Int32Array(a.length);
  for (let i = 0; i < a.length; i++) row[i] = (i + 1) * MOVE_COST;
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    const cb = b.charCodeAt(bi);
    let distance = bi * MOVE_COST;
    result = distance;
    let minimum = Infinity;
    for (let ai = 0; ai < a.length; ai++) {
      const substitute = distance + substitutionCost(cb, a.charCodeAt(ai));
      distance = row[ai];
      const insertDelete = (result < distance ? result : distance) + MOVE_COST;
      result = insertDelete < substitute ? insertDelete : substitute;
      row[ai] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

/** The closest candidate to `wrong` (the first of equally close ones), or undefined. */
export function closestName(wrong: string, candidates: readonly string[]): string | undefined {
  if (candidates.length > MAX_CANDIDATE_ITEMS || wrong.length > MAX_STRING_SIZE) return undefined;
  let best = wrong.length;
  let suggestion: string | undefined;
  for (const name of candidates) {
    if (name === wrong) continue;
    const max = Math.min(Math.floor(((name.length + wrong.length + 3) * MOVE_COST) / 6), best - 1);
    const d = editDistance(wrong, name, max);
    if (d > max) continue;
    if (suggestion === undefined || d < best) {
      suggestion = name;
      best = d;
    }
  }
  return suggestion;
}

/** For a NameError of `wrong`: the suggested name (locals, then globals, then builtins), and
 * whether it names a standard module ("Did you forget to import"). */
export function nameErrorHint(wrong: string, locals: readonly string[], globals: readonly string[]): { name?: string; stdlib: boolean } {
  // A global read several times in a function (each read has its NameError path) asks again
  // with the same names.
  const key = `${wrong}\0${locals.join('\0')}\u0001${globals.join('\0')}`;
  let name = hints.get(key);
  if (name === undefined) {
    if (hints.size >= MAX_HINTS) hints.clear();
    hints.set(key, (name = closestName(wrong, [...locals, ...globals, ...BUILTIN_NAMES]) ?? null));
  }
  return { name: name ?? undefined, stdlib: STDLIB_MODULE_NAMES.has(wrong) };
}

/** nameErrorHint's answers by their question (a pure function of it), kept up to MAX_HINTS. */
const hints = new Map<string, string | null>();
const MAX_HINTS = 1000;
