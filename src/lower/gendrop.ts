// Generators dropped by a for loop (lang part; docs/object-model.md "Generators"). CPython
// closes a suspended generator when its last reference goes: `for x in gen(): ... break` runs
// gen's finally bodies and with-exits right at the break (or return, or the exception leaving
// the loop), before the code after the loop. Keel has no reference counts, so the lowering
// closes the iterator where the loop leaves early, but only when the loop provably holds the
// only reference: the iterable expression is a generator expression or a call of a generator
// function of the program (a fresh generator nobody else has seen). containers.ts lowerForIter
// calls these; the runtime side is stdlib/_rt/gen.py rt_gen_drop (a no-op on anything else).
import type * as ast from '../parse/ast.js';
import type { FunctionLowering } from './function.js';
import { isGeneratorBody } from './gen.js';

/** The `.0` parameters of generator expressions whose first iterable the expression owns (a
 * generator call or expression evaluated for it alone): closing the generator expression
 * closes that iterator too, as freeing its frame does in CPython. */
const ownedParams = new WeakSet<ast.expr>();
export function markOwned(e: ast.expr): void {
  ownedParams.add(e);
}

/** Whether `for ... in <e>` owns the iterator e makes (see the header). */
export function ownsIterator(fl: FunctionLowering, e: ast.expr): boolean {
  if (fl.typed) return false;
  if (e._type === 'GeneratorExp' || ownedParams.has(e)) return true;
  if (e._type !== 'Call' || e.func._type !== 'Name') return false;
  // A module-level generator function called by name: module.funcs holds the defs bound once
  // (never rebound, no decorators), which calls reach directly.
  const id = e.func.id;
  if (fl.isLocal(id)) return false;
  const fi = fl.module.funcs.get(id);
  return !!fi && fi.node._type === 'FunctionDef' && isGeneratorBody(fi.node.body);
}
