// A reference interpreter for the raw subset of the IR (const.i64/i32/f64, the ops with a
// `fold` in the table, jump/br/ret), used to check that passes keep meaning on generated code.
// A fold that gives undefined (division by zero, i64 min / -1) is a trap, as in wasm.
import type { Func, Value } from '../../src/ir/function.js';
import { OPS, type OpInfo } from '../../src/ir/ops.js';

export type RawValue = bigint | number;
export type Outcome = { kind: 'ret'; values: RawValue[] } | { kind: 'trap'; op: string } | { kind: 'timeout' };

export function interpret(f: Func, args: RawValue[], maxSteps = 100_000): Outcome {
  const env = new Map<Value, RawValue>();
  let block = f.entry;
  let incoming = args;
  for (let steps = 0; steps < maxSteps; steps++) {
    const bd = f.blocks[block];
    bd.params.forEach((p, k) => env.set(p, incoming[k]));
    for (const i of bd.insts) {
      const d = f.insts[i];
      const info: OpInfo = OPS[d.op];
      const get = (v: Value) => {
        const x = env.get(v);
        if (x === undefined) throw new Error(`interp: v${v} has no value`);
        return x;
      };
      if (d.op === 'ret') return { kind: 'ret', values: d.args.map(get) };
      if (d.op === 'jump' || d.op === 'br') {
        const t = d.op === 'jump' || get(d.args[0]) !== 0n ? d.targets[0] : d.targets[1];
        incoming = t.args.map(get);
        block = t.block;
        break;
      }
      if (d.result === undefined) throw new Error(`interp: cannot run ${d.op}`);
      let r: RawValue | undefined;
      if (d.args.length === 0 && (info.imm === 'int' || info.imm === 'float')) r = d.imm as RawValue;
      else if (info.fold) r = (info.fold as (...a: RawValue[]) => RawValue | undefined)(...d.args.map(get));
      else throw new Error(`interp: cannot run ${d.op}`);
      if (r === undefined) return { kind: 'trap', op: d.op };
      env.set(d.result, r);
    }
  }
  return { kind: 'timeout' };
}

export function showOutcome(o: Outcome): string {
  if (o.kind !== 'ret') return o.kind === 'trap' ? `trap in ${o.op}` : 'timeout';
  return o.values.map((v) => (typeof v === 'number' ? (Object.is(v, -0) ? '-0' : String(v)) + 'f' : String(v))).join(', ');
}
