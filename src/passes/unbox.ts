// unbox: floats stay raw f64 across blocks. unbox.float of a box.float is its operand; a block
// parameter of type obj whose incoming arguments are all boxed floats (or such parameters)
// becomes an f64 parameter, receiving the raw values; its remaining obj uses get one box at the
// top of the block (DCE drops it when unused).
import type { Func, Inst, Value } from '../ir/function.js';
import type { PassContext } from './context.js';
import { applyReplacements, incomingEdges } from './util.js';

export function unbox(f: Func, _ctx: PassContext): void {
  const defOp = (v: Value) => {
    const d = f.valueDefs[v];
    return d.kind === 'inst' ? f.insts[d.inst] : undefined;
  };
  const isBoxed = (v: Value) => defOp(v)?.op === 'box.float' || defOp(v)?.op === 'const.float';
  /** The raw f64 of a boxed value: the box's operand, or a new const.f64 beside a const.float. */
  const rawOf = (v: Value): Value => {
    const d = defOp(v)!;
    if (d.op === 'box.float') return d.args[0];
    let raw = rawConst.get(v);
    if (raw === undefined) {
      const def = f.valueDefs[v] as { kind: 'inst'; inst: Inst };
      const c = f.makeInst('const.f64', [], d.imm as number, 'f64', [], d.line);
      for (const b of f.blockOrder) {
        const at = f.blocks[b].insts.indexOf(def.inst);
        if (at >= 0) f.blocks[b].insts.splice(at + 1, 0, c);
      }
      raw = f.insts[c].result!;
      rawConst.set(v, raw);
    }
    return raw;
  };
  const rawConst = new Map<Value, Value>();

  // Candidate parameters: obj params all of whose incoming args are boxes or candidates.
  const into = incomingEdges(f);
  const cand = new Set<Value>();
  for (const b of f.blockOrder) {
    if (b === f.entry) continue;
    for (const p of f.blocks[b].params) if (f.typeOf(p) === 'obj') cand.add(p);
  }
  const paramIndex = (p: Value) => {
    const d = f.valueDefs[p];
    return d.kind === 'param' ? { block: d.block, index: d.index } : undefined;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (const p of [...cand]) {
      const pi = paramIndex(p)!;
      const edges = into.get(pi.block) ?? [];
      const ok = edges.length > 0 && edges.every((e) => {
        const a = f.insts[e.inst].targets[e.index].args[pi.index];
        return isBoxed(a) || cand.has(a);
      });
      if (!ok) {
        cand.delete(p);
        changed = true;
      }
    }
  }
  const repl = new Map<Value, Value>();
  if (cand.size) {
    // Retype the parameters and pass raw values along every incoming edge.
    for (const p of cand) f.valueTypes[p] = 'f64';
    for (const b of f.blockOrder) {
      const t = f.terminator(b);
      if (t === undefined) continue;
      for (const tg of f.insts[t].targets) {
        tg.args = tg.args.map((a, k) => {
          const p = f.blocks[tg.block].params[k];
          if (!cand.has(p)) return a;
          return cand.has(a) ? a : rawOf(a);
        });
      }
    }
    // Uses of a retyped parameter: unbox.float(p) is p; every other use takes a box made right
    // before it (not at the top of the parameter's block: that would allocate on every turn of
    // a loop whose float is only boxed after the loop).
    for (const b of f.blockOrder) {
      // unbox.float of a retyped parameter is the parameter itself: drop those instructions.
      f.blocks[b].insts = f.blocks[b].insts.filter((i) => {
        const d = f.insts[i];
        if (d.op !== 'unbox.float' || !cand.has(d.args[0])) return true;
        repl.set(d.result!, d.args[0]);
        return false;
      });
      const out: Inst[] = [];
      for (const i of f.blocks[b].insts) {
        const d = f.insts[i];
        const boxed = new Map<Value, Value>();
        const box = (a: Value): Value => {
          let v = boxed.get(a);
          if (v === undefined) {
            const bi = f.makeInst('box.float', [a], undefined, 'obj', [], d.line);
            out.push(bi);
            v = f.insts[bi].result!;
            boxed.set(a, v);
          }
          return v;
        };
        if (!(d.op === 'box.float' && cand.has(d.args[0]))) {
          d.args = d.args.map((a) => (cand.has(a) ? box(a) : a));
          for (const tg of d.targets) {
            tg.args = tg.args.map((a, k) => (cand.has(a) && !cand.has(f.blocks[tg.block].params[k]) ? box(a) : a));
          }
        }
        out.push(i);
      }
      f.blocks[b].insts = out;
    }
  }
  // unbox.float(box.float(x)) = x
  for (const b of f.blockOrder) {
    for (const i of f.blocks[b].insts as Inst[]) {
      const d = f.insts[i];
      if (d.op === 'unbox.float' && isBoxed(d.args[0])) repl.set(d.result!, rawOf(d.args[0]));
    }
  }
  applyReplacements(f, repl);
}
