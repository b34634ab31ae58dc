// Lowering of list, set and dict comprehensions (untyped user code), inlined into the function
// as CPython 3.12 does (PEP 709): one loop per `for`, the `if`s as branches to the next item,
// and the element added to the result in the innermost body. The iteration variables live in
// a scope of their own: function.ts looks names up in FunctionLowering.renames first, where
// each comprehension maps its target names to fresh SSA variables, so the enclosing function's
// (or module's) variables of the same name are neither read nor written. As in CPython, the
// first iterable is evaluated in the enclosing scope, the others inside the comprehension.
import type * as ast from '../parse/ast.js';
import type { Value } from '../ir/function.js';
import type { FunctionLowering } from './function.js';
import { assignItems, nextItems, nullWord, rtCall, rtCallPure, startIteration, type Iteration } from './containers.js';

let counter = 0;

/** The names a comprehension target binds. */
function targetNames(t: ast.expr, out: string[]): void {
  if (t._type === 'Name') out.push(t.id);
  else if (t._type === 'Tuple' || t._type === 'List') t.elts.forEach((x) => targetNames(x, out));
  else if (t._type === 'Starred') targetNames(t.value, out);
}

export function lowerComprehension(fl: FunctionLowering, e: ast.ListComp | ast.SetComp | ast.DictComp): Value {
  if (fl.typed) return fl.unsupported(e, 'comprehensions in runtime code');
  for (const g of e.generators) if (g.is_async) return fl.unsupported(g.iter, 'async comprehensions');
  const b = fl.b;
  // The first iterable, in the enclosing scope.
  const firstIter = startIteration(fl, e.generators[0].iter, e.generators[0].target, true);
  const result = e._type === 'ListComp' ? rtCallPure(fl, 'rt_list_new', [b.emit('const.i32', [], 0n)])
    : e._type === 'SetComp' ? rtCallPure(fl, 'rt_set_new', [b.emit('const.i32', [], 0n)])
    : rtCallPure(fl, 'rt_dict_new', []);
  // The comprehension's own variables: fresh SSA names, unbound until assigned.
  const names: string[] = [];
  for (const g of e.generators) targetNames(g.target, names);
  const scope = new Map<string, string>();
  const id = ++counter;
  for (const n of names) {
    if (scope.has(n)) continue;
    const v = `${n}.<comp${id}>`;
    scope.set(n, v);
    b.declareVar(v, 'obj');
    b.defVar(v, nullWord(fl));
  }
  fl.renames.push(scope);
  const exit = b.newBlock();
  const level = (i: number, itn: Iteration, outer: ast.Located): void => {
    const g = e.generators[i];
    const header = b.newBlock();
    const done = i === 0 ? exit : b.newBlock();
    b.jump(header);
    b.switchTo(header);
    // rt_next gives NULL_WORD at the end, or when it raised (a generator, or RuntimeError: a
    // dict changed size). The test follows the call: checkelim looks for a raising instruction
    // in the block of a check.
    const ended = b.newBlock();
    const items = nextItems(fl, itn, outer.lineno, ended);
    const body = b.block;
    b.seal(ended);
    b.switchTo(ended);
    b.jump(done);
    b.switchTo(body);
    b.setLine(g.target.lineno);
    assignItems(fl, itn, g.target, items);
    for (const cond of g.ifs) {
      const next = b.newBlock();
      const t = fl.truth(cond, fl.expr(cond));
      b.br(t, next, header);
      b.seal(next);
      b.switchTo(next);
    }
    if (i + 1 < e.generators.length) {
      const inner = e.generators[i + 1];
      level(i + 1, startIteration(fl, inner.iter, inner.target, true), inner.iter);
    } else if (e._type === 'DictComp') {
      const k = fl.expr(e.key);
      const val = fl.expr(e.value);
      rtCall(fl, e.lineno, 'rt_dict_set', [result, k, val], null);
    } else {
      const x = fl.expr(e.elt);
      if (e._type === 'ListComp') rtCallPure(fl, 'rt_list_append', [result, x], null);
      else rtCall(fl, e.lineno, 'rt_set_add', [result, x], null);
    }
    if (!b.terminated) b.jump(header);
    b.seal(header);
    if (done !== exit) {
      b.seal(done);
      b.switchTo(done);
    }
  };
  level(0, firstIter, e.generators[0].iter);
  fl.renames.pop();
  b.seal(exit);
  b.switchTo(exit);
  return result;
}
