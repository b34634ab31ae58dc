// excfuse: a call of a program function whose result is next tested for a small int tests only
// that tag on its hot path; the exception check runs only when the tag test fails.
//
// A program function returns with an exception pending only through its unwind block, whose
// `ret` gives the unbound word (ptr.word 0, tag bit set: src/lower/function.ts getUnwind), so
// "the result is a small int" implies "no exception is pending". When the block after
//   r = call @user ...;  check.exc ok, unwind(...)
// is only pure instructions ending in `br c, then, else`, where c true means r is a small int
// (is.small r, or the tag test `(bits r | ...) & 1 == 0` of an inlined int op), the pure
// instructions move up past the check (they cannot raise, read or write), the branch takes
// their place and the check moves onto the else edge:
//   r = call @user ...;  <pure>;  br c, then, chk      chk: check.exc else, unwind(...)
// fib's two recursive calls each lose a load and test of the pending exception: the tag test of
// the first call's result (gcroots' conditional frame push) and the one of the inlined `+`
// cover it. Runs after gcroots, whose conditional push makes the first of those tests; it moves
// nothing across a call, so the roots stay right.
import type { Block, Func, Inst, IrModule, Value } from '../ir/function.js';
import { OPS } from '../ir/ops.js';
import type { PassContext } from './context.js';
import { isUserFunc } from './infer.js';
import { incomingEdges } from './util.js';

export function excfuse(m: IrModule, _ctx: PassContext): void {
  const byName = new Map(m.funcs.map((f) => [f.name, f]));
  // Callees known to return the unbound word when they raise: program functions with a body
  // here and one obj result.
  const fusable = (name: string): boolean => {
    const g = byName.get(name);
    return g !== undefined && isUserFunc(g) && !g.frozen && !g.opaque && g.results.length === 1 && g.results[0] === 'obj';
  };
  for (const f of m.funcs) {
    if (f.frozen || f.opaque || !f.blockOrder.length) continue;
    fuseFunc(f, fusable);
  }
}

function fuseFunc(f: Func, fusable: (name: string) => boolean): void {
  const preds = incomingEdges(f);
  const dead = new Set<Block>();
  for (const b of [...f.blockOrder]) {
    if (dead.has(b)) continue;
    const insts = f.blocks[b].insts;
    if (insts.length < 2) continue;
    const chk = f.insts[insts[insts.length - 1]];
    const call = f.insts[insts[insts.length - 2]];
    if (chk.op !== 'check.exc' || call.op !== 'call' || call.result === undefined || !fusable(String(call.imm))) continue;
    const okT = chk.targets[0];
    const ok = okT.block;
    if (ok === b || okT.args.length || f.blocks[ok].params.length || (preds.get(ok) ?? []).length !== 1) continue;
    const body = f.blocks[ok].insts;
    const br = f.insts[body[body.length - 1]];
    if (br.op !== 'br') continue;
    const prefix = body.slice(0, -1);
    if (!prefix.every((i) => OPS[f.insts[i].op].pure && !OPS[f.insts[i].op].terminator)) continue;
    if (!impliesSmall(f, br.args[0], call.result, 0)) continue;
    // chk: the exception check, on the edge where the tag test failed.
    const slow = f.newBlock();
    f.blocks[slow].insts = [f.makeInst('check.exc', [], undefined, null, [{ block: br.targets[1].block, args: [...br.targets[1].args] }, { block: chk.targets[1].block, args: [...chk.targets[1].args] }], chk.line)];
    const fused = f.makeInst('br', [br.args[0]], undefined, null, [{ block: br.targets[0].block, args: [...br.targets[0].args] }, { block: slow, args: [] }], br.line);
    f.blocks[b].insts = [...insts.slice(0, -1), ...prefix, fused];
    f.blocks[ok].insts = [];
    dead.add(ok);
  }
  if (dead.size) f.blockOrder = f.blockOrder.filter((x) => !dead.has(x));
}

/** Does `c` (an i32 condition) being non-zero imply that the word r is a small int? */
function impliesSmall(f: Func, c: Value, r: Value, depth: number): boolean {
  const d = defInst(f, c);
  if (d === undefined || depth > 8) return false;
  const i = f.insts[d];
  if (i.op === 'is.small') return i.args[0] === r;
  if (i.op !== 'i64.eqz') return false;
  // (x & 1) == 0 where x's tag bit includes r's
  const and = defInst(f, i.args[0]);
  if (and === undefined || f.insts[and].op !== 'i64.and') return false;
  const [a, k] = f.insts[and].args;
  const one = (v: Value) => {
    const x = defInst(f, v);
    return x !== undefined && f.insts[x].op === 'const.i64' && f.insts[x].imm === 1n;
  };
  const tagOf = (x: Value, n: number): boolean => {
    const di = defInst(f, x);
    if (di === undefined || n > 8) return false;
    const xi = f.insts[di];
    if (xi.op === 'word.bits') return xi.args[0] === r;
    if (xi.op === 'i64.or') return tagOf(xi.args[0], n + 1) || tagOf(xi.args[1], n + 1);
    return false;
  };
  return (one(k) && tagOf(a, depth)) || (one(a) && tagOf(k, depth));
}

function defInst(f: Func, v: Value): Inst | undefined {
  const d = f.valueDefs[v];
  return d.kind === 'inst' ? d.inst : undefined;
}
