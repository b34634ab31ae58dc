// checkelim: a `check.exc` after instructions that cannot raise becomes a jump to its first
// target. Whether a call to one of the program's functions can raise is decided for the whole
// program at once: a function can raise when a block that records a traceback frame (a call to
// @rt_tb_add, in its unwind block) is reachable through edges that can really be taken. A
// runtime function (typed stdlib code, which raises by setting the pending exception and
// returning) can raise when it sets the exception itself (exc.set) or calls one that can.
import type { Block, Func, IrModule } from '../ir/function.js';
import { OPS } from '../ir/ops.js';
import type { PassContext } from './context.js';
import { isUserFunc } from './infer.js';

const TB_ADD = 'rt_tb_add';

export function checkelim(m: IrModule, _ctx: PassContext): void {
  const user = new Map(m.funcs.filter(isUserFunc).map((f) => [f.name, f]));
  const runtime = new Map(m.funcs.filter((f) => !isUserFunc(f)).map((f) => [f.name, f]));
  const mayRaise = new Map<string, boolean>();
  for (const name of user.keys()) mayRaise.set(name, false);
  for (const name of runtime.keys()) mayRaise.set(name, false);

  const blockMayRaise = (f: Func, b: Block): boolean => {
    for (const i of f.blocks[b].insts) {
      const d = f.insts[i];
      if (!OPS[d.op].raises) continue;
      if (d.op === 'call' && (String(d.imm).startsWith('wasi.') || mayRaise.get(d.imm as string) === false)) continue;
      return true;
    }
    return false;
  };
  // Runtime functions: a fixpoint over "sets the exception, or calls a function that can raise".
  const runtimeRaises = (f: Func): boolean =>
    f.blockOrder.some((b) =>
      f.blocks[b].insts.some((i) => {
        const d = f.insts[i];
        if (d.op === 'exc.set') return true;
        if (d.op !== 'call') return OPS[d.op].raises; // a generic op (py.neg ...) in runtime code
        const callee = String(d.imm);
        if (user.has(callee)) return true; // a user function called by the runtime (a generator's resume)
        return !callee.startsWith('wasi.') && (mayRaise.get(callee) ?? true);
      }),
    );
  for (let changed = true; changed; ) {
    changed = false;
    for (const [name, f] of runtime) {
      if (!mayRaise.get(name) && runtimeRaises(f)) {
        mayRaise.set(name, true);
        changed = true;
      }
    }
  }
  const computeRaises = (f: Func): boolean => {
    const seen = new Set<Block>([f.entry]);
    const stack: Block[] = [f.entry];
    while (stack.length) {
      const b = stack.pop()!;
      if (f.blocks[b].insts.some((i) => f.insts[i].op === 'call' && f.insts[i].imm === TB_ADD)) return true;
      const t = f.terminator(b);
      if (t === undefined) continue;
      const d = f.insts[t];
      const targets = d.op === 'check.exc' && !blockMayRaise(f, b) ? d.targets.slice(0, 1) : d.targets;
      for (const tg of targets) {
        if (!seen.has(tg.block)) {
          seen.add(tg.block);
          stack.push(tg.block);
        }
      }
    }
    return false;
  };
  // Optimistic fixpoint: start from "nothing raises" and grow.
  for (let changed = true; changed; ) {
    changed = false;
    for (const [name, f] of user) {
      if (!mayRaise.get(name) && computeRaises(f)) {
        mayRaise.set(name, true);
        changed = true;
      }
    }
  }
  for (const f of user.values()) {
    for (const b of f.blockOrder) {
      const t = f.terminator(b);
      if (t === undefined || f.insts[t].op !== 'check.exc' || blockMayRaise(f, b)) continue;
      const d = f.insts[t];
      d.op = 'jump';
      d.targets = d.targets.slice(0, 1);
    }
  }
}
