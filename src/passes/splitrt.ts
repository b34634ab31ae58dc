// splitrt: a program function called both by the program and by the runtime (a special method
// the runtime's dispatcher rt_cls_dunder calls, an __init__ behind a function object) is split
// in two identical functions: the runtime's calls go to a copy named `<name>$rt`, the program's
// stay on the original. Inference (infer.ts) gives every parameter of a function the runtime
// calls "anything", since it does not analyse the runtime; after the split only the copy pays
// that, and the original keeps the types of its program callers (raytrace's Vec.__sub__ is
// called directly by specialize's special-method calls on Vec instances, and by rt_cls_dunder
// for the generic `-` the runtime reaches). Run at the start of specialize (-O2 only), after
// prune; runtime functions with a body here are never precompiled ones (src/link: a precompiled
// function reaches no program function), so the link stays byte-identical to the pipeline.
import { Func, type IrModule } from '../ir/function.js';
import { addressTaken, isUserFunc } from './infer.js';

/** An identical copy of f named `name` (the instruction and block records are copied: passes
 * edit them in place). */
function cloneFunc(f: Func, name: string): Func {
  const g = new Func(name, [...f.params], [...f.results]);
  g.valueTypes.push(...f.valueTypes);
  g.valueDefs.push(...f.valueDefs.map((d) => ({ ...d })));
  g.insts.push(...f.insts.map((d) => ({ ...d, args: [...d.args], targets: d.targets.map((t) => ({ block: t.block, args: [...t.args] })) })));
  g.blocks.push(...f.blocks.map((b) => ({ params: [...b.params], insts: [...b.insts] })));
  g.blockOrder = [...f.blockOrder];
  g.calledFromRuntime = f.calledFromRuntime;
  return g;
}

export function splitRuntimeCallees(m: IrModule): void {
  const byName = new Map(m.funcs.map((f) => [f.name, f]));
  const taken = addressTaken(m);
  /** Per program function: called by the runtime, called by the program. */
  const fromRuntime = new Set<string>();
  const fromProgram = new Set<string>();
  for (const f of m.funcs) {
    if (f.frozen) continue;
    const user = isUserFunc(f);
    for (const b of f.blockOrder) {
      for (const i of f.blocks[b].insts) {
        const d = f.insts[i];
        if (d.op !== 'call') continue;
        const g = byName.get(d.imm as string);
        if (!g || !isUserFunc(g) || g === f) continue;
        (user ? fromProgram : fromRuntime).add(g.name);
      }
    }
  }
  // The special methods specialize may call directly for an operator (infer.ts directSpecial).
  for (const methods of m.specialMethods.values()) for (const fn of methods.values()) fromProgram.add(fn);
  for (const name of fromRuntime) {
    const f = byName.get(name)!;
    // A function the runtime reaches by other means (a resume function, a function object) gets
    // anything anyway: nothing to gain.
    if (!fromProgram.has(name) || f.calledFromRuntime || taken.has(name) || !f.blockOrder.length) continue;
    const copy = cloneFunc(f, `${name}$rt`);
    if (byName.has(copy.name)) continue;
    m.funcs.push(copy);
    byName.set(copy.name, copy);
    for (const r of m.funcs) {
      if (r.frozen || isUserFunc(r)) continue;
      for (const b of r.blockOrder) for (const i of r.blocks[b].insts) if (r.insts[i].op === 'call' && r.insts[i].imm === name) r.insts[i].imm = copy.name;
    }
  }
}
