// sigunbox: a program function whose every call passes a float for a parameter takes that
// parameter as a raw f64, and one that only ever returns floats returns a raw f64; callers
// unbox the arguments and box the result (the unbox pass then cancels the box/unbox pairs, so
// floats cross calls without allocating).
import type { Func, Inst, IrModule, Value } from '../ir/function.js';
import type { PassContext } from './context.js';
import { addressTaken, inferTypes, isUserFunc, mayProveFloat, T_FLOAT, T_UNBOUND } from './infer.js';
import { applyReplacements } from './util.js';

const onlyFloat = (t: number) => (t & ~T_UNBOUND) === T_FLOAT;

export function sigunbox(m: IrModule, _ctx: PassContext): void {
  // Only a value proven a float changes a signature: without one, no inference to run.
  if (!mayProveFloat(m)) return;
  const info = inferTypes(m);
  // A function called through the table (call.indirect) keeps its (obj...) -> obj signature.
  const taken = addressTaken(m);
  const user = m.funcs.filter((f) => isUserFunc(f) && f.name !== '_start' && f.name.startsWith('__main__.') && f.name !== '__main__.<module>' && !taken.has(f.name));
  const byName = new Map(user.map((f) => [f.name, f]));
  // Which parameters and results change, per function.
  const plan = new Map<string, { params: boolean[]; result: boolean }>();
  for (const f of user) {
    const ty = info.types.get(f)!;
    const params = f.blocks[f.entry].params.map((p) => f.typeOf(p) === 'obj' && onlyFloat(ty[p]));
    let rets = 0;
    let allFloat = f.results.length === 1 && f.results[0] === 'obj';
    for (const b of f.blockOrder) {
      const t = f.terminator(b);
      if (t === undefined || f.insts[t].op !== 'ret' || !allFloat) continue;
      const rt = ty[f.insts[t].args[0]];
      if (rt === T_UNBOUND) continue; // the unwind block's dummy result: the caller checks the exception
      rets++;
      if (!onlyFloat(rt)) allFloat = false;
    }
    if (params.some(Boolean) || (allFloat && rets > 0)) plan.set(f.name, { params, result: allFloat && rets > 0 });
  }
  if (!plan.size) return;
  // Callers: unbox the arguments, box the result.
  for (const f of m.funcs) {
    const repl = new Map<Value, Value>();
    const boxOf: [Inst, Value][] = [];
    for (const b of f.blockOrder) {
      const out: Inst[] = [];
      for (const i of f.blocks[b].insts) {
        const d = f.insts[i];
        const p = d.op === 'call' ? plan.get(d.imm as string) : undefined;
        if (!p) {
          out.push(i);
          continue;
        }
        d.args = d.args.map((a, k) => {
          if (!p.params[k]) return a;
          const u = f.makeInst('unbox.float', [a], undefined, 'f64', [], d.line);
          out.push(u);
          return f.insts[u].result!;
        });
        out.push(i);
        if (p.result && d.result !== undefined) {
          const r = d.result;
          f.valueTypes[r] = 'f64';
          const box = f.makeInst('box.float', [r], undefined, 'obj', [], d.line);
          out.push(box);
          repl.set(r, f.insts[box].result!);
          boxOf.push([box, r]);
        }
      }
      f.blocks[b].insts = out;
    }
    applyReplacements(f, repl);
    for (const [box, r] of boxOf) f.insts[box].args = [r];
  }
  // Callees: new signatures; parameters boxed once at entry, results unboxed at each return.
  for (const [name, p] of plan) {
    const f = byName.get(name)!;
    const ty = info.types.get(f)!;
    const entry = f.blocks[f.entry];
    const repl = new Map<Value, Value>();
    const boxes: [Inst, Value][] = [];
    entry.params.forEach((v, k) => {
      if (!p.params[k]) return;
      f.params[k] = 'f64';
      f.valueTypes[v] = 'f64';
      const box = f.makeInst('box.float', [v], undefined, 'obj');
      boxes.push([box, v]);
      repl.set(v, f.insts[box].result!);
    });
    entry.insts.unshift(...boxes.map(([i]) => i));
    applyReplacements(f, repl);
    for (const [box, v] of boxes) f.insts[box].args = [v];
    if (p.result) {
      f.results = ['f64'];
      for (const b of f.blockOrder) {
        const t = f.terminator(b);
        if (t === undefined || f.insts[t].op !== 'ret') continue;
        const d = f.insts[t];
        const dummy = ty[d.args[0]] === T_UNBOUND;
        const u = dummy ? f.makeInst('const.f64', [], 0, 'f64', [], d.line) : f.makeInst('unbox.float', [d.args[0]], undefined, 'f64', [], d.line);
        f.blocks[b].insts.splice(f.blocks[b].insts.length - 1, 0, u);
        d.args = [f.insts[u].result!];
      }
    }
  }
}
