// An IR function as plain JSON data, exactly (value and block numbering, layout, immediates with
// their JS types): the precompiled runtime keeps the bodies that the inline pass may splice into
// a program's functions in this form.
import { Func, type Block, type InstData, type Value, type ValueDef } from '../ir/function.js';
import type { Opcode } from '../ir/ops.js';
import type { IrType } from '../ir/types.js';
import { decodeImm, encodeImm } from './code.js';

export interface SerialFunc {
  name: string;
  params: IrType[];
  results: IrType[];
  types: IrType[];
  /** Per value: [inst] or [block, index] (a block parameter). */
  defs: number[][];
  /** Per instruction: op, args, imm, result (-1: none), line, targets as [block, ...args][]. */
  insts: [string, number[], string, number, number, [number, ...number[]][]][];
  blocks: [number[], number[]][];
  order: number[];
}

export function serializeFunc(f: Func): SerialFunc {
  return {
    name: f.name,
    params: [...f.params],
    results: [...f.results],
    types: [...f.valueTypes],
    defs: f.valueDefs.map((d) => (d.kind === 'inst' ? [d.inst] : [d.block, d.index])),
    insts: f.insts.map((d) => [d.op, [...d.args], encodeImm(d.imm), d.result ?? -1, d.line, d.targets.map((t) => [t.block, ...t.args] as [number, ...number[]])]),
    blocks: f.blocks.map((b) => [[...b.params], [...b.insts]]),
    order: [...f.blockOrder],
  };
}

export function deserializeFunc(s: SerialFunc): Func {
  const f = new Func(s.name, [...s.params], [...s.results]);
  for (const t of s.types) f.valueTypes.push(t);
  for (const d of s.defs) f.valueDefs.push((d.length === 1 ? { kind: 'inst', inst: d[0] } : { kind: 'param', block: d[0], index: d[1] }) as ValueDef);
  for (const [op, args, imm, result, line, targets] of s.insts) {
    const data: InstData = {
      op: op as Opcode,
      args: [...args] as Value[],
      imm: decodeImm(imm),
      result: result < 0 ? undefined : (result as Value),
      targets: targets.map(([block, ...args]) => ({ block: block as Block, args: args as Value[] })),
      line,
    };
    f.insts.push(data);
  }
  // Fresh arrays throughout: passes change bodies in place, and the artifact is shared by the
  // compiles of one process.
  for (const [params, insts] of s.blocks) f.blocks.push({ params: [...params] as Value[], insts: [...insts] as never[] });
  f.blockOrder = [...s.order] as Block[];
  return f;
}
