// tailacc: accumulator recursion elimination. A program function whose results are all proven
// ints (specialize sets Func.retInt) and that returns `x + f(args)` (x computed before the call)
// runs that call as the next iteration of a loop over its own body, with an accumulator: every
// `return r` returns `acc + r`. Int addition is exact and associative, so
// `acc + (x + f(args)) = (acc + x) + f(args)`, and the calls still run in the same order (fib:
// `return fib(n - 1) + fib(n - 2)` makes one call and one loop iteration per frame instead of
// two calls, as clang does for the C version).
//
// The accumulator is the raw bits of a small int (an i64: never a root for the collector): the
// jump is taken when x is a small int and acc + x does not overflow; otherwise the call runs
// as before in that iteration (its return then adds acc like any other).
//
// CPython's semantics are kept:
// - each iteration is a frame of the recursion: the loop carries the frame's depth (the entry's
//   `n = d + 1` for the first, one more per iteration), stores it in RT_DEPTH and tests it, so
//   RecursionError comes at the same depth (depth-param passes it in a register instead, from
//   Func.tailDepth);
// - a traceback leaving the function gets one entry per frame: after the handler's own
//   rt_tb_add (the innermost frame, its line), one more per iteration at the tail call's line;
// - the tail call's exception check must go to that handler (the call is in no try), and the
//   adds cannot raise (ints), so nothing else can tell the frames apart.
// Runs after range (whose facts about the parameters hold for the loop: it takes the same
// values the calls passed) and before expand (the int.add ops of the returns get fast paths).
import type { Block, Func, Inst, IrModule, Value } from '../ir/function.js';
import { RT_DEPTH, SMALL_MAX, SMALL_MIN } from '../runtime/layout.js';
import type { PassContext } from './context.js';
import { isUserFunc } from './infer.js';
import { applyReplacements } from './util.js';

const DEPTH = BigInt(RT_DEPTH);

interface TailSite {
  /** The block of the tail call: it ends in the call and its check.exc, which move to a block
   * of their own, entered when x or acc + x is no small int; else the jump to the loop. */
  block: Block;
  call: Inst;
  /** The add's other operand, computed before the call. */
  x: Value;
}

export function tailacc(m: IrModule, _ctx: PassContext): void {
  for (const f of m.funcs) {
    if (!isUserFunc(f) || f.frozen || !f.retInt || f.calledFromRuntime || !f.blockOrder.length) continue;
    transform(f);
  }
}

function transform(f: Func): void {
  const def = (v: Value) => {
    const d = f.valueDefs[v];
    return d.kind === 'inst' ? f.insts[d.inst] : undefined;
  };
  const isConstI32 = (v: Value, k: bigint) => {
    const d = def(v);
    return d !== undefined && d.op === 'const.i32' && d.imm === k;
  };
  const entry = f.entry;
  const eInsts = f.blocks[entry].insts;
  // The entry's counting: d = load RT_DEPTH; n = d + 1.
  const load = eInsts.find((i) => f.insts[i].op === 'load.i32' && f.insts[i].imm === DEPTH && isConstI32(f.insts[i].args[0], 0n));
  if (load === undefined) return;
  const d = f.insts[load].result!;
  const add = eInsts.find((i) => f.insts[i].op === 'i32.add' && f.insts[i].args[0] === d && isConstI32(f.insts[i].args[1], 1n));
  if (add === undefined) return;
  const n = f.insts[add].result!;
  // Every other access of RT_DEPTH is the entry's store of n or a store of d back.
  for (const b of f.blockOrder) {
    for (const i of f.blocks[b].insts) {
      const x = f.insts[i];
      if (i === load || ((x.op === 'load.i32' || x.op === 'store.i32') && x.imm !== DEPTH)) continue;
      if (x.op === 'load.i32' || x.op === 'store.i32') {
        if (x.op === 'load.i32' || !isConstI32(x.args[0], 0n)) return;
        if (!(x.args[1] === d || (x.args[1] === n && b === entry))) return;
      }
    }
  }

  const preds = new Map<Block, Block[]>();
  for (const b of f.blockOrder) preds.set(b, []);
  for (const b of f.blockOrder) for (const s of f.successors(b)) preds.get(s)?.push(b);

  // The handler blocks: rt_tb_add(file, name, line), then only the return of the exception
  // sentinel (with the restore of d).
  const handlers = new Map<Block, Inst>();
  for (const b of f.blockOrder) {
    const insts = f.blocks[b].insts;
    const at = insts.findIndex((i) => f.insts[i].op === 'call' && f.insts[i].imm === 'rt_tb_add');
    if (at < 0) continue;
    const rest = insts.slice(at + 1);
    const ret = f.insts[rest[rest.length - 1]];
    const ok = ret.op === 'ret' && ret.args.length === 1 && def(ret.args[0])?.op === 'ptr.word' &&
      rest.slice(0, -1).every((i) => {
        const x = f.insts[i];
        return x.op === 'ptr.word' || x.op.startsWith('const.') || (x.op === 'store.i32' && x.imm === DEPTH && x.args[1] === d);
      });
    if (!ok) return;
    handlers.set(b, insts[at]);
  }
  if (!handlers.size) return;

  // The tail sites: y = call @f(args); check.exc ok, handler(line); then, through blocks entered
  // only from there, r = int.add x, y (or y, x); store d back; ret r.
  const sites: TailSite[] = [];
  let tailLine: bigint | undefined;
  for (const b of f.blockOrder) {
    const insts = f.blocks[b].insts;
    if (insts.length < 2) continue;
    const call = insts[insts.length - 2];
    const c = f.insts[call];
    const chk = f.insts[insts[insts.length - 1]];
    if (c.op !== 'call' || c.imm !== f.name || chk.op !== 'check.exc') continue;
    const y = c.result;
    if (y === undefined || !handlers.has(chk.targets[1].block) || chk.targets[1].args.length !== 1) continue;
    const lineDef = def(chk.targets[1].args[0]);
    if (lineDef?.op !== 'const.i64') continue;
    // Follow the chain to the return.
    const chain = new Set<Block>();
    let cur = chk.targets[0].block;
    let x: Value | undefined;
    let r: Value | undefined;
    let good = false;
    for (let steps = 0; steps < 8; steps++) {
      if (chain.has(cur) || preds.get(cur)?.length !== 1 || f.blocks[cur].params.length) break;
      chain.add(cur);
      const body = f.blocks[cur].insts;
      let stop = false;
      let next: Block | undefined;
      for (const i of body) {
        const k = f.insts[i];
        if (k.op.startsWith('const.')) continue;
        if (k.op === 'int.add' && x === undefined && (k.args[0] === y) !== (k.args[1] === y)) {
          x = k.args[0] === y ? k.args[1] : k.args[0];
          r = k.result;
          continue;
        }
        if (k.op === 'store.i32' && k.imm === DEPTH && k.args[1] === d) continue;
        if (k.op === 'jump' && k.targets[0].args.length === 0) {
          next = k.targets[0].block;
          continue;
        }
        if (k.op === 'ret' && r !== undefined && k.args.length === 1 && k.args[0] === r) {
          good = true;
          continue;
        }
        stop = true;
        break;
      }
      if (stop || good || next === undefined) break;
      cur = next;
    }
    if (!good || x === undefined) continue;
    // x must be computed before the call: not in the chain, not the call's own result.
    const xd = f.valueDefs[x];
    if (xd.kind === 'param' ? chain.has(xd.block) : [...chain].some((cb) => f.blocks[cb].insts.includes(xd.inst))) continue;
    if (tailLine !== undefined && tailLine !== lineDef.imm) continue;
    tailLine = lineDef.imm as bigint;
    sites.push({ block: b, call, x });
  }
  if (!sites.length || tailLine === undefined) return;

  // The new entry counts the real call as the lowering does (d = load RT_DEPTH; n = d + 1) and
  // enters the loop (the old entry) with the parameters, the accumulator (the raw bits of a
  // small int: 0) and the depth of the iteration's frame (n). The loop stores that depth in
  // RT_DEPTH and tests it; Func.tailDepth tells depth-param where it is.
  const oldParams = [...f.blocks[entry].params];
  const start = f.newBlock();
  f.blockOrder.pop();
  f.blockOrder.unshift(start);
  const newParams = oldParams.map((p) => f.addBlockParam(start, f.typeOf(p)));
  const accr = f.addBlockParam(entry, 'i64');
  const nH = f.addBlockParam(entry, 'i32');
  f.blocks[entry].insts = eInsts.filter((i) => i !== load && i !== add);
  // Every use of n (the bump store, the limit test) is now the loop's depth.
  applyReplacements(f, new Map([[n, nH]]));
  const zero = f.makeInst('const.i32', [], 0n, 'i32');
  f.insts[load].args = [f.insts[zero].result!];
  const one = f.makeInst('const.i32', [], 1n, 'i32');
  f.insts[add].args = [d, f.insts[one].result!];
  const acc0 = f.makeInst('const.i64', [], 0n, 'i64');
  const jump = f.makeInst('jump', [], undefined, null, [{ block: entry, args: [...newParams, f.insts[acc0].result!, n] }]);
  f.blocks[start].insts = [zero, load, one, add, acc0, jump];
  f.tailDepth = nH;

  // The accumulator only ever adds the sites' x: when range proved every one >= 0 (fib's
  // `fib(n - 1)`), acc is too, and each of its overflow tests is one comparison.
  const accNonNeg = sites.every((s) => f.tailNonNeg?.has(s.x));
  // Tail sites: when x and acc + x are small ints, the call is the loop's next iteration with
  // acc + x; otherwise the call runs as before (and its return adds acc, below).
  const c0 = (op: 'const.i64' | 'const.i32', k: bigint) => f.makeInst(op, [], k, op === 'const.i64' ? 'i64' : 'i32');
  const res = (i: Inst) => f.insts[i].result!;
  for (const s of sites) {
    const insts = f.blocks[s.block].insts;
    const c = f.insts[s.call];
    const line = c.line;
    const slow = f.newBlock();
    f.blocks[slow].insts = insts.splice(insts.length - 2, 2);
    const fast = f.newBlock();
    const next = f.newBlock();
    const xb = f.makeInst('word.bits', [s.x], undefined, 'i64', [], line);
    const small = f.makeInst('is.small', [s.x], undefined, 'i32', [], line);
    insts.push(xb, small, f.makeInst('br', [res(small)], undefined, null, [{ block: fast, args: [] }, { block: slow, args: [] }], line));
    const sum = f.makeInst('i64.add', [accr, res(xb)], undefined, 'i64', [], line);
    if (accNonNeg) {
      // acc >= 0: acc + x overflows exactly when the wrapped sum is below x.
      const ov = f.makeInst('i64.lt_s', [res(sum), res(xb)], undefined, 'i32', [], line);
      f.blocks[fast].insts = [sum, ov, f.makeInst('br', [res(ov)], undefined, null, [{ block: slow, args: [] }, { block: next, args: [] }], line)];
    } else {
      const t1 = f.makeInst('i64.xor', [res(sum), accr], undefined, 'i64', [], line);
      const t2 = f.makeInst('i64.xor', [res(sum), res(xb)], undefined, 'i64', [], line);
      const t3 = f.makeInst('i64.and', [res(t1), res(t2)], undefined, 'i64', [], line);
      const z = c0('const.i64', 0n);
      const ov = f.makeInst('i64.lt_s', [res(t3), res(z)], undefined, 'i32', [], line);
      f.blocks[fast].insts = [sum, t1, t2, t3, z, ov, f.makeInst('br', [res(ov)], undefined, null, [{ block: slow, args: [] }, { block: next, args: [] }], line)];
    }
    const k1 = c0('const.i32', 1n);
    const deeper = f.makeInst('i32.add', [nH, res(k1)], undefined, 'i32', [], line);
    f.blocks[next].insts = [k1, deeper, f.makeInst('jump', [], undefined, null, [{ block: entry, args: [...c.args, res(sum), res(deeper)] }], line)];
  }

  // Every return of a result: acc + r. acc is a small int (an int.within says so for expand: no
  // tag test for it, and one overflow comparison when it is known >= 0).
  for (const b of f.blockOrder) {
    const insts = f.blocks[b].insts;
    const t = insts[insts.length - 1];
    const r = f.insts[t];
    if (r.op !== 'ret' || r.args.length !== 1 || def(r.args[0])?.op === 'ptr.word') continue;
    const accObj = f.makeInst('bits.word', [accr], undefined, 'obj', [], r.line);
    const lo = f.makeInst('const.int', [], accNonNeg ? 0n : SMALL_MIN, 'obj', [], r.line);
    const hi = f.makeInst('const.int', [], SMALL_MAX, 'obj', [], r.line);
    const within = f.makeInst('int.within', [res(accObj), res(lo), res(hi)], undefined, 'obj', [], r.line);
    const sum = f.makeInst('int.add', [res(within), r.args[0]], undefined, 'obj', [], r.line);
    insts.splice(insts.length - 1, 0, accObj, lo, hi, within, sum);
    r.args = [res(sum)];
  }

  // Handlers: one traceback entry per iteration (nH - n of them) at the tail call's line. The
  // count runs from nH + 1 down to n + 1: nH + 1 is the depth the tail call passes (depth-param),
  // so after the call only that value is live, not nH as well.
  for (const [b, tb] of handlers) {
    const insts = f.blocks[b].insts;
    const at = insts.indexOf(tb);
    const rest = insts.slice(at + 1);
    const head = f.newBlock();
    const more = f.newBlock();
    const tail = f.newBlock();
    const t = f.addBlockParam(head, 'i32');
    const one = c0('const.i32', 1n);
    const from = f.makeInst('i32.add', [nH, res(one)], undefined, 'i32');
    const to = f.makeInst('i32.add', [n, res(one)], undefined, 'i32');
    f.blocks[b].insts = [...insts.slice(0, at + 1), one, from, to, f.makeInst('jump', [], undefined, null, [{ block: head, args: [res(from)] }])];
    const gt = f.makeInst('i32.gt_s', [t, res(to)], undefined, 'i32');
    f.blocks[head].insts = [gt, f.makeInst('br', [res(gt)], undefined, null, [{ block: more, args: [] }, { block: tail, args: [] }])];
    const tbArgs = f.insts[tb].args;
    const ln = f.makeInst('const.i64', [], tailLine, 'i64');
    const call = f.makeInst('call', [tbArgs[0], tbArgs[1], res(ln)], 'rt_tb_add', null);
    const k1 = c0('const.i32', 1n);
    const dec = f.makeInst('i32.sub', [t, res(k1)], undefined, 'i32');
    f.blocks[more].insts = [ln, call, k1, dec, f.makeInst('jump', [], undefined, null, [{ block: head, args: [res(dec)] }])];
    f.blocks[tail].insts = rest;
  }
}
