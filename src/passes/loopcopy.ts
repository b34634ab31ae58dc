// loopcopy: a counted loop whose only effect is copying one item per trip, `dst[i] = src[i]` over
// consecutive items, runs as one mem.copy when the copy cannot read what it wrote.
//
// The shape (after expansion, licm and the late cleanups: `for i in range(a, n): d[i] = s[i]` on
// lists whose index range analysis proved in bounds):
//     H(i):  b = word.bits i ; c = i64.lt_s b, N ; br c, B, X(args)
//     B:     o = i32.mul S, i64.to_i32 b ; v = load.T p, i32.add Bs, o ; store.T q, i32.add Bd, o, v
//            jump H(bits.word (i64.add b, STEP))
// with N, Bs, Bd defined outside the loop, the load and the store of the same width W, S * STEP
// = W (trip k touches the W bytes after those of trip k - 1), every other instruction of H and B
// pure and free of memory reads, and no value of the loop used after it. (`i32.shl` by a
// constant, or no scaling, stands for the multiply; the index may be a raw i64 instead of a word.)
//
// The loop's entry edge goes through new blocks instead that compute the trip count T =
// ceil((N - b0) / STEP) and the first addresses src = Bs + p + S*b0, dst = Bd + q + S*b0, then
// `mem.copy dst, src, T*W` and jump to X when the loop would run at least once, T*W fits in
// 31 bits, and dst <= src or dst >= src + T*W (unsigned). Under those conditions copying item by
// item upwards gives what memmove gives: no trip reads a byte an earlier trip wrote. Otherwise the
// original loop runs unchanged. In wasm the i32 address arithmetic is modulo 2^32 either way, so
// trip k's addresses are exactly src + k*W and dst + k*W.
//
// Why: fannkuch's `for i in range(n): perm[i] = perm1[i]` ran ~13 instructions a trip, 16% of
// the program; wasmtime and wazero copy a few words with memmove faster than the loop runs.
import { DomTree } from '../ir/analysis/dominators.js';
import { LoopInfo, type Loop } from '../ir/analysis/loops.js';
import type { Block, Func, Inst, InstData, Value } from '../ir/function.js';
import { opInfo } from '../ir/ops.js';
import type { PassContext } from './context.js';

export function loopcopy(f: Func, _ctx: PassContext): void {
  if (!f.blockOrder.length) return;
  const cfg = { entry: f.entry, succs: (b: number) => f.successors(b as Block) };
  const dom = DomTree.compute(cfg);
  const info = LoopInfo.compute(cfg, dom);
  if (!info.loops.length || !info.reducible) return;
  for (const loop of info.loops) {
    const m = match(f, loop);
    if (m) rewrite(f, m);
  }
}

interface CopyLoop {
  header: Block;
  /** The one edge from outside into the header. */
  entry: { from: Block; index: number };
  tagged: boolean;
  bound: Value;
  step: bigint;
  /** How the offset is made from the i32 index: multiply by `scale`. */
  scale: bigint;
  srcBase: Value;
  srcImm: number;
  dstBase: Value;
  dstImm: number;
  width: number;
  exit: { block: Block; args: Value[] };
  line: number;
}

function match(f: Func, loop: Loop): CopyLoop | undefined {
  if (loop.blocks.length !== 2) return undefined;
  const header = loop.header as Block;
  const body = loop.blocks.find((b) => b !== header) as Block;
  const hd = f.blocks[header];
  if (hd.params.length !== 1) return undefined;
  const iv = hd.params[0];
  const tagged = f.typeOf(iv) === 'obj';
  if (!tagged && f.typeOf(iv) !== 'i64') return undefined;
  const inLoop = new Set<Value>([iv]);
  for (const b of [header, body]) for (const i of f.blocks[b].insts) if (f.insts[i].result !== undefined) inLoop.add(f.insts[i].result!);
  const def = (v: Value): InstData | undefined => {
    const d = f.valueDefs[v];
    return d.kind === 'inst' ? f.insts[d.inst] : undefined;
  };
  const constOf = (v: Value): bigint | undefined => {
    const d = def(v);
    return d && (d.op === 'const.i32' || d.op === 'const.i64') ? BigInt(d.imm as bigint) : undefined;
  };
  const outside = (v: Value) => !inLoop.has(v);
  // The header: the index bits, the test, the branch into the body or out.
  const ht = f.terminator(header);
  if (ht === undefined) return undefined;
  const br = f.insts[ht];
  if (br.op !== 'br' || br.targets[0].block !== body || br.targets[0].args.length || br.targets[1].block === header || br.targets[1].block === body) return undefined;
  const test = def(br.args[0]);
  if (!test || test.op !== 'i64.lt_s' || !outside(test.args[1])) return undefined;
  const bits = test.args[0];
  if (tagged ? def(bits)?.op !== 'word.bits' || def(bits)!.args[0] !== iv : bits !== iv) return undefined;
  // The body's effects: exactly one load, then one store of what it loaded.
  let load: InstData | undefined;
  let store: InstData | undefined;
  for (const b of [header, body]) {
    for (const i of f.blocks[b].insts) {
      const d = f.insts[i];
      const op = opInfo(d.op);
      if (op.terminator) continue;
      if (op.pure && !op.raises && !op.reads && !op.writes) continue;
      if (b !== body) return undefined;
      if (!load && op.reads && !op.writes && !op.raises && op.bytes !== undefined) load = d;
      else if (load && !store && op.writes && !op.reads && !op.raises && op.bytes !== undefined) store = d;
      else return undefined;
    }
  }
  if (!load || !store || store.args[1] !== load.result || opInfo(load.op).bytes !== opInfo(store.op).bytes) return undefined;
  const width = opInfo(load.op).bytes!;
  // The latch: the next index.
  const bt = f.insts[f.terminator(body)!];
  if (bt.op !== 'jump' || bt.targets[0].block !== header) return undefined;
  let next = def(bt.targets[0].args[0]);
  if (tagged) next = next?.op === 'bits.word' ? def(next.args[0]) : undefined;
  if (!next || next.op !== 'i64.add' || next.args[0] !== bits) return undefined;
  const step = constOf(next.args[1]);
  if (step === undefined || step <= 0n || (step & (step - 1n)) !== 0n) return undefined;
  // Both addresses: a base from outside plus the same scaled index.
  const addr = (v: Value): { base: Value; off: Value } | undefined => {
    const d = def(v);
    if (!d || d.op !== 'i32.add') return undefined;
    if (outside(d.args[0]) && !outside(d.args[1])) return { base: d.args[0], off: d.args[1] };
    if (outside(d.args[1]) && !outside(d.args[0])) return { base: d.args[1], off: d.args[0] };
    return undefined;
  };
  const src = addr(load.args[0]);
  const dst = addr(store.args[0]);
  if (!src || !dst || src.off !== dst.off) return undefined;
  const scale = scaleOf(def, constOf, src.off, bits);
  if (scale === undefined || scale * step !== BigInt(width)) return undefined;
  // No value of the loop is used outside it.
  for (const b of f.blockOrder) {
    if (b === header || b === body) continue;
    for (const i of f.blocks[b].insts) {
      const d = f.insts[i];
      if (d.args.some((a) => inLoop.has(a)) || d.targets.some((t) => t.args.some((a) => inLoop.has(a)))) return undefined;
    }
  }
  if (br.targets[1].args.some((a) => inLoop.has(a))) return undefined;
  // One edge from outside.
  const entries: { from: Block; index: number }[] = [];
  for (const b of f.blockOrder) {
    if (b === body) continue;
    const t = f.terminator(b);
    if (t === undefined) continue;
    f.insts[t].targets.forEach((tg, index) => {
      if (tg.block === header) entries.push({ from: b, index });
    });
  }
  if (entries.length !== 1) return undefined;
  return {
    header, entry: entries[0], tagged, bound: test.args[1], step, scale,
    srcBase: src.base, srcImm: Number(load.imm), dstBase: dst.base, dstImm: Number(store.imm), width,
    exit: { block: br.targets[1].block, args: [...br.targets[1].args] }, line: store.line,
  };
}

/** The factor by which `off` scales the i32 wrap of the index bits, when it is one. */
function scaleOf(def: (v: Value) => InstData | undefined, constOf: (v: Value) => bigint | undefined, off: Value, bits: Value): bigint | undefined {
  const isIndex = (v: Value) => {
    const d = def(v);
    return d?.op === 'i64.to_i32' && d.args[0] === bits;
  };
  if (isIndex(off)) return 1n;
  const d = def(off);
  if (!d) return undefined;
  if (d.op === 'i32.mul') {
    const [a, b] = d.args;
    const k = isIndex(b) ? constOf(a) : isIndex(a) ? constOf(b) : undefined;
    return k !== undefined && k > 0n ? k : undefined;
  }
  if (d.op === 'i32.shl' && isIndex(d.args[0])) {
    const k = constOf(d.args[1]);
    return k !== undefined && k >= 0n && k < 31n ? 1n << k : undefined;
  }
  return undefined;
}

function rewrite(f: Func, m: CopyLoop): void {
  const line = m.line;
  const emit = (b: Block, op: Parameters<Func['makeInst']>[0], args: Value[], imm: bigint | undefined, type: 'i32' | 'i64' | null): Value => {
    const i: Inst = f.makeInst(op, args, imm, type, [], line);
    f.blocks[b].insts.push(i);
    return f.insts[i].result!;
  };
  const end = (b: Block, op: 'br' | 'jump', args: Value[], targets: { block: Block; args: Value[] }[]) => {
    f.blocks[b].insts.push(f.makeInst(op, args, undefined, null, targets, line));
  };
  const i64 = (b: Block, k: bigint) => emit(b, 'const.i64', [], k, 'i64');
  const i32 = (b: Block, k: bigint) => emit(b, 'const.i32', [], k, 'i32');
  const place = (b: Block) => {
    f.blockOrder.pop();
    f.blockOrder.splice(f.blockOrder.indexOf(m.header), 0, b);
  };
  // guard(i0): does the loop run at all, and how far?
  const guard = f.newBlock();
  place(guard);
  const i0 = f.addBlockParam(guard, m.tagged ? 'obj' : 'i64');
  const b0 = m.tagged ? emit(guard, 'word.bits', [i0], undefined, 'i64') : i0;
  const runs = emit(guard, 'i64.lt_s', [b0, m.bound], undefined, 'i32');
  const count = f.newBlock();
  place(count);
  end(guard, 'br', [runs], [{ block: count, args: [] }, { block: m.header, args: [i0] }]);
  // count: T = ceil((N - b0) / STEP), at most 2^31 / W.
  const span = emit(count, 'i64.sub', [m.bound, b0], undefined, 'i64');
  const shift = BigInt(m.step.toString(2).length - 1);
  const trips = emit(count, 'i64.shr_u', [emit(count, 'i64.add', [span, i64(count, m.step - 1n)], undefined, 'i64'), i64(count, shift)], undefined, 'i64');
  const fits = emit(count, 'i64.le_u', [trips, i64(count, BigInt(Math.floor(0x7fffffff / m.width)))], undefined, 'i32');
  const addrs = f.newBlock();
  place(addrs);
  end(count, 'br', [fits], [{ block: addrs, args: [] }, { block: m.header, args: [i0] }]);
  // addrs: the first source and destination and the length; copy when no trip reads a byte an
  // earlier one wrote.
  const len = emit(addrs, 'i64.to_i32', [emit(addrs, 'i64.mul', [trips, i64(addrs, BigInt(m.width))], undefined, 'i64')], undefined, 'i32');
  const off = emit(addrs, 'i32.mul', [emit(addrs, 'i64.to_i32', [b0], undefined, 'i32'), i32(addrs, m.scale)], undefined, 'i32');
  const first = (base: Value, imm: number) => emit(addrs, 'i32.add', [emit(addrs, 'i32.add', [base, off], undefined, 'i32'), i32(addrs, BigInt(imm))], undefined, 'i32');
  const src = first(m.srcBase, m.srcImm);
  const dst = first(m.dstBase, m.dstImm);
  const below = emit(addrs, 'i32.le_u', [dst, src], undefined, 'i32');
  const past = emit(addrs, 'i32.ge_u', [emit(addrs, 'i32.sub', [dst, src], undefined, 'i32'), len], undefined, 'i32');
  const safe = emit(addrs, 'i32.or', [below, past], undefined, 'i32');
  const copy = f.newBlock();
  place(copy);
  end(addrs, 'br', [safe], [{ block: copy, args: [] }, { block: m.header, args: [i0] }]);
  emit(copy, 'mem.copy', [dst, src, len], undefined, null);
  end(copy, 'jump', [], [{ block: m.exit.block, args: m.exit.args }]);
  // The entry edge now goes through the guard.
  const t = f.insts[f.terminator(m.entry.from)!].targets[m.entry.index];
  t.block = guard;
}
