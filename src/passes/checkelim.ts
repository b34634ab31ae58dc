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
  checkelimAt(m, false);
}

/** The same pass after range (a precompiled runtime function keeps a fact for each run). */
export function checkelimLate(m: IrModule, _ctx: PassContext): void {
  checkelimAt(m, true);
}

function checkelimAt(m: IrModule, late: boolean): void {
  const mayRaise = runtimeMayRaise(m, late);
  const user = new Map(m.funcs.filter(isUserFunc).map((f) => [f.name, f]));
  for (const name of user.keys()) mayRaise.set(name, false);
  const blockMayRaise = (f: Func, b: Block): boolean => {
    for (const i of f.blocks[b].insts) {
      const d = f.insts[i];
      if (!OPS[d.op].raises) continue;
      if (d.op === 'call' && (String(d.imm).startsWith('wasi.') || mayRaise.get(d.imm as string) === false)) continue;
      return true;
    }
    return false;
  };
  computeUser(user, mayRaise, blockMayRaise);
}

/**
 * Which runtime functions may return with an exception pending (user functions map to false
 * here; the pass computes them). A precompiled runtime function (src/link) brings the answer it
 * had when it was built, for this run of the pass (`late`: checkelim-late).
 */
export function runtimeMayRaise(m: IrModule, late: boolean): Map<string, boolean> {
  const user = new Map(m.funcs.filter(isUserFunc).map((f) => [f.name, f]));
  const runtime = new Map(m.funcs.filter((f) => !isUserFunc(f)).map((f) => [f.name, f]));
  const mayRaise = new Map<string, boolean>();
  for (const name of user.keys()) mayRaise.set(name, false);
  for (const name of runtime.keys()) mayRaise.set(name, false);
  // Runtime functions: "sets the exception, or calls a function that can raise", propagated
  // from the functions that raise directly to their callers (a worklist over the reverse call
  // graph: one pass over the runtime's instructions, not one per round of a fixpoint).
  const callers = new Map<string, string[]>();
  const work: string[] = [];
  for (const [name, f] of runtime) {
    if (f.opaque) {
      // a replaced stub (Func.opaque): a dispatcher into user code, taken to raise
      mayRaise.set(name, true), work.push(name);
      continue;
    }
    if (f.frozen) {
      if (late ? f.frozen.variant.mayRaiseCheckLate : f.frozen.variant.mayRaiseCheck) mayRaise.set(name, true), work.push(name);
      continue;
    }
    let direct = false;
    for (const b of f.blockOrder) {
      for (const i of f.blocks[b].insts) {
        const d = f.insts[i];
        if (d.op === 'exc.set') direct = true;
        else if (d.op !== 'call') direct ||= OPS[d.op].raises; // a generic op (py.neg ...) in runtime code
        else {
          const callee = String(d.imm);
          if (callee.startsWith('wasi.')) continue;
          if (user.has(callee) || !runtime.has(callee)) direct = true; // a user function called by the runtime (a generator's resume), or unknown
          else {
            const cs = callers.get(callee);
            if (cs) cs.push(name);
            else callers.set(callee, [name]);
          }
        }
      }
    }
    if (direct) {
      mayRaise.set(name, true);
      work.push(name);
    }
  }
  while (work.length) {
    for (const c of callers.get(work.pop()!) ?? []) {
      if (!mayRaise.get(c)) {
        mayRaise.set(c, true);
        work.push(c);
      }
    }
  }
  return mayRaise;
}

function computeUser(user: Map<string, Func>, mayRaise: Map<string, boolean>, blockMayRaise: (f: Func, b: Block) => boolean): void {
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
