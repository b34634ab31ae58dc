// Structural equality of two functions up to the numbering of values and blocks: blocks are
// matched by layout position, values by where they are defined; then every op, immediate,
// type, operand, target and source line must agree.
import type { Func, Value } from '../../src/ir/function.js';
import { printImm } from '../../src/ir/print.js';

/** undefined when equal, else a description of the first difference. */
export function structuralDiff(a: Func, b: Func): string | undefined {
  if (a.name !== b.name) return `name ${a.name} vs ${b.name}`;
  if (a.params.join() !== b.params.join() || a.results.join() !== b.results.join()) return 'signature differs';
  if (a.blockOrder.length !== b.blockOrder.length) return `${a.blockOrder.length} vs ${b.blockOrder.length} blocks`;
  const blockMap = new Map<number, number>();
  a.blockOrder.forEach((x, k) => blockMap.set(x, b.blockOrder[k]));
  const valueMap = new Map<Value, Value>();
  // Pass 1: definitions.
  for (let k = 0; k < a.blockOrder.length; k++) {
    const ba = a.blocks[a.blockOrder[k]];
    const bb = b.blocks[b.blockOrder[k]];
    const where = `block ${k}`;
    if (ba.params.length !== bb.params.length) return `${where}: parameter count`;
    for (let j = 0; j < ba.params.length; j++) {
      if (a.typeOf(ba.params[j]) !== b.typeOf(bb.params[j])) return `${where}: parameter ${j} type`;
      valueMap.set(ba.params[j], bb.params[j]);
    }
    if (ba.insts.length !== bb.insts.length) return `${where}: ${ba.insts.length} vs ${bb.insts.length} instructions`;
    for (let j = 0; j < ba.insts.length; j++) {
      const ia = a.insts[ba.insts[j]];
      const ib = b.insts[bb.insts[j]];
      const at = `${where} inst ${j}`;
      if (ia.op !== ib.op) return `${at}: ${ia.op} vs ${ib.op}`;
      if (printImm(ia.op, ia.imm) !== printImm(ib.op, ib.imm) || typeof ia.imm !== typeof ib.imm) return `${at}: immediate`;
      if (ia.line !== ib.line) return `${at}: line ${ia.line} vs ${ib.line}`;
      if ((ia.result === undefined) !== (ib.result === undefined)) return `${at}: result presence`;
      if (ia.result !== undefined) {
        if (a.typeOf(ia.result) !== b.typeOf(ib.result!)) return `${at}: result type`;
        valueMap.set(ia.result, ib.result!);
      }
    }
  }
  // Pass 2: uses.
  const same = (x: Value, y: Value) => valueMap.get(x) === y;
  for (let k = 0; k < a.blockOrder.length; k++) {
    const ba = a.blocks[a.blockOrder[k]];
    const bb = b.blocks[b.blockOrder[k]];
    for (let j = 0; j < ba.insts.length; j++) {
      const ia = a.insts[ba.insts[j]];
      const ib = b.insts[bb.insts[j]];
      const at = `block ${k} inst ${j}`;
      if (ia.args.length !== ib.args.length || ia.args.some((x, i) => !same(x, ib.args[i]))) return `${at}: operands`;
      if (ia.targets.length !== ib.targets.length) return `${at}: target count`;
      for (let t = 0; t < ia.targets.length; t++) {
        const ta = ia.targets[t];
        const tb = ib.targets[t];
        if (blockMap.get(ta.block) !== tb.block) return `${at}: target ${t} block`;
        if (ta.args.length !== tb.args.length || ta.args.some((x, i) => !same(x, tb.args[i]))) return `${at}: target ${t} arguments`;
      }
    }
  }
  return undefined;
}
