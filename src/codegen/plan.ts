// Out of SSA for one function, before any byte is emitted: which instructions are dead, which
// values are rematerialised constants, which stay on the wasm operand stack (stackify), and which
// wasm local every other value lives in (liveness, interference, greedy colouring with copy
// coalescing). The emitter (func.ts) only follows this plan.
//
// Stackify (after LLVM's WebAssemblyRegStackify): each block is a flat list of instructions in
// evaluation order. Walking it backwards, an operand whose value has a single use, in the same
// block, is moved to just before its user (or before the previous operand's tree) when it
// commutes with everything it jumps over; it is then emitted inline and needs no local. Edge
// arguments of a `jump` are operands of the jump (all are pushed, then popped into the target's
// parameters: a parallel copy with no temporaries), so they may stay on the stack too.
import { reversePostorder } from '../ir/analysis/cfg.js';
import type { Block, Func, Inst, Value } from '../ir/function.js';
import { OPS } from '../ir/ops.js';
import type { IrType } from '../ir/types.js';
import type { ValType } from '../wasm/types.js';
import { constSize, isConstOp, type WasmConst } from './consts.js';

export function wasmType(t: IrType): ValType {
  return t === 'obj' ? 'i64' : t;
}

export interface FuncPlan {
  readonly f: Func;
  /** Reachable blocks in reverse postorder. */
  readonly rpo: readonly Block[];
  /** Uses of each value by live instructions and by edges into live parameters. */
  readonly uses: Int32Array;
  /** Instructions removed as dead (pure with an unused result). */
  readonly deadInst: Uint8Array;
  /** Non-entry block parameters that nothing reads: edges skip their copies. */
  readonly deadParam: Uint8Array;
  /** Constants emitted at each use instead of living in a local. */
  readonly remat: Uint8Array;
  /** Values emitted inline at their single use (on the operand stack). */
  readonly stacked: Uint8Array;
  /** Per block: the instructions in evaluation order (terminator last), without dead and rematerialised ones. */
  readonly seq: Map<Block, Inst[]>;
  /** The wasm local of each value, -1 when it has none. */
  readonly local: Int32Array;
  /** Types of the declared locals (after the parameters). */
  readonly localTypes: ValType[];
  /** How many local-bearing values are live on entry to each block. */
  readonly liveInCount: Map<Block, number>;
}

/** The i-th operand list of an instruction as the emitter pushes it (see stackSlots). */
function operands(f: Func, inst: Inst, deadParam: Uint8Array): Value[] {
  const d = f.insts[inst];
  if (d.op === 'jump') {
    const t = d.targets[0];
    const ps = f.blocks[t.block].params;
    return t.args.filter((_, j) => !deadParam[ps[j]]);
  }
  if (d.op === 'check.exc' || d.op === 'unreachable') return [];
  // wasm's call_indirect takes the table index last (the emitter pushes it after the arguments).
  if (d.op === 'call.indirect') return [...d.args.slice(1), d.args[0]];
  return d.args;
}

const R = 1;
const W = 2;
const T = 4;

/** Effect bits: R reads state, W writes state (calls do both), T may trap. */
function effects(op: string): number {
  if (op === 'call' || op === 'call.indirect' || op === 'box.float' || (op.startsWith('py.') && op !== 'py.is')) return R | W;
  const info = OPS[op as keyof typeof OPS];
  if (op === 'check.exc') return R;
  if (info.terminator) return 0;
  let e = 0;
  if (info.reads) e |= R;
  if (info.writes) e |= W;
  if (!info.pure && !info.reads && !info.writes) e |= T;
  return e;
}

function conflict(a: number, b: number): boolean {
  return ((a & W) !== 0 && b !== 0) || ((b & W) !== 0 && a !== 0);
}

/** How far back (in instructions) stackify looks for an operand's definition. */
const WINDOW = 64;

export function planFunc(f: Func, constOf: (inst: Inst) => WasmConst): FuncPlan {
  const nv = f.valueTypes.length;
  const ni = f.insts.length;
  const rpo = reversePostorder({ entry: f.entry, succs: (b) => f.successors(b as Block) }) as Block[];
  const instBlock = new Int32Array(ni).fill(-1);
  for (const b of rpo) for (const i of f.blocks[b].insts) instBlock[i] = b;

  // ---- uses and dead code ------------------------------------------------------------------
  const uses = new Int32Array(nv);
  const deadInst = new Uint8Array(ni);
  const deadParam = new Uint8Array(nv);
  const incoming = new Map<Block, { args: Value[] }[]>();
  for (const b of rpo) {
    for (const i of f.blocks[b].insts) {
      const d = f.insts[i];
      for (const a of d.args) uses[a]++;
      for (const t of d.targets) {
        for (const a of t.args) uses[a]++;
        let list = incoming.get(t.block);
        if (!list) incoming.set(t.block, (list = []));
        list.push(t);
      }
    }
  }
  const work: Value[] = [];
  for (let v = 0; v < nv; v++) if (uses[v] === 0) work.push(v as Value);
  while (work.length) {
    const v = work.pop()!;
    const def = f.valueDefs[v];
    if (def.kind === 'inst') {
      const d = f.insts[def.inst];
      if (deadInst[def.inst] || instBlock[def.inst] < 0 || !OPS[d.op].pure) continue;
      deadInst[def.inst] = 1;
      for (const a of d.args) if (--uses[a] === 0) work.push(a);
    } else {
      // Passes drop parameters without renumbering, so a stale definition may still name a
      // block: only a parameter the block really has counts.
      if (def.block === f.entry || deadParam[v] || f.blocks[def.block].params[def.index] !== v) continue;
      deadParam[v] = 1;
      for (const t of incoming.get(def.block) ?? []) {
        const a = t.args[def.index];
        if (--uses[a] === 0) work.push(a);
      }
    }
  }

  // ---- rematerialised constants --------------------------------------------------------------
  const remat = new Uint8Array(nv);
  for (const b of rpo) {
    for (const i of f.blocks[b].insts) {
      const d = f.insts[i];
      if (deadInst[i] || d.result === undefined || !isConstOp(d.op)) continue;
      const u = uses[d.result];
      const s = constSize(constOf(i));
      if (u <= 1 || s * (u - 1) <= 2 * u + 2) remat[d.result] = 1;
    }
  }

  // ---- stackify ----------------------------------------------------------------------------
  const stacked = new Uint8Array(nv);
  const seq = new Map<Block, Inst[]>();
  const eff = (i: Inst) => effects(f.insts[i].op);
  for (const b of rpo) {
    const list = f.blocks[b].insts.filter((i) => {
      const r = f.insts[i].result;
      return !deadInst[i] && !(r !== undefined && remat[r]);
    });
    seq.set(b, list);
    const defInBlock = (v: Value): Inst | undefined => {
      const def = f.valueDefs[v];
      if (def.kind !== 'inst' || instBlock[def.inst] !== b || remat[v] || uses[v] !== 1) return undefined;
      return def.inst;
    };
    // Attaches the operands of `user` (at index `at`) in reverse; returns where its tree starts.
    const attach = (user: Inst, at: number): number => {
      let insert = at;
      const ops = operands(f, user, deadParam);
      for (let k = ops.length - 1; k >= 0; k--) {
        const v = ops[k];
        const def = defInBlock(v);
        if (def === undefined || stacked[v]) continue;
        let p = -1;
        for (let j = insert - 1; j >= 0 && j >= insert - WINDOW; j--) {
          if (list[j] === def) {
            p = j;
            break;
          }
        }
        if (p < 0) continue;
        const e = eff(def);
        let ok = true;
        for (let j = p + 1; j < insert && ok; j++) if (conflict(e, eff(list[j]))) ok = false;
        if (!ok) continue;
        if (p !== insert - 1) {
          list.splice(p, 1);
          list.splice(insert - 1, 0, def);
        }
        stacked[v] = 1;
        insert = attach(def, insert - 1);
      }
      return insert;
    };
    for (let i = list.length - 1; i >= 0; ) {
      const start = attach(list[i], i);
      i = start - 1;
    }
  }

  // ---- liveness ----------------------------------------------------------------------------
  const entryParams = f.blocks[f.entry].params;
  const isEntryParam = new Uint8Array(nv);
  for (const p of entryParams) isEntryParam[p] = 1;
  const hasLocal = (v: Value): boolean => {
    if (isEntryParam[v]) return true;
    if (f.valueDefs[v].kind === 'param') return !deadParam[v] && uses[v] > 0;
    return !remat[v] && !stacked[v] && uses[v] > 0;
  };
  /** Local-bearing values read by the tree rooted at `i` (terminators: with their edge arguments). */
  const treeUses = (i: Inst, out: Value[]): void => {
    const d = f.insts[i];
    for (const a of operands(f, i, deadParam)) {
      const def = f.valueDefs[a];
      if (stacked[a] && def.kind === 'inst') treeUses(def.inst, out);
      else if (hasLocal(a)) out.push(a);
    }
    if (d.op === 'br' || d.op === 'check.exc') {
      for (const t of d.targets) {
        const ps = f.blocks[t.block].params;
        t.args.forEach((a, j) => {
          if (!deadParam[ps[j]] && hasLocal(a)) out.push(a);
        });
      }
    }
  };
  /** Roots of a block in order: instructions whose result is not stacked. */
  const roots = (b: Block): Inst[] => seq.get(b)!.filter((i) => {
    const r = f.insts[i].result;
    return r === undefined || !stacked[r];
  });
  const blockRoots = new Map<Block, { def: Value | undefined; uses: Value[] }[]>();
  for (const b of rpo) {
    blockRoots.set(
      b,
      roots(b).map((i) => {
        const r = f.insts[i].result;
        const u: Value[] = [];
        treeUses(i, u);
        return { def: r !== undefined && hasLocal(r) ? r : undefined, uses: u };
      }),
    );
  }
  const liveParams = (b: Block) => f.blocks[b].params.filter(hasLocal);
  const liveIn = new Map<Block, Set<Value>>();
  const liveOut = new Map<Block, Set<Value>>();
  for (const b of rpo) liveIn.set(b, new Set());
  const scan = (b: Block, out: Set<Value>, onDef?: (d: Value, live: Set<Value>) => void): Set<Value> => {
    const live = new Set(out);
    const rs = blockRoots.get(b)!;
    for (let k = rs.length - 1; k >= 0; k--) {
      const r = rs[k];
      if (r.def !== undefined) {
        onDef?.(r.def, live);
        live.delete(r.def);
      }
      for (const u of r.uses) live.add(u);
    }
    const ps = liveParams(b);
    for (const p of ps) onDef?.(p, live);
    for (const p of ps) live.delete(p);
    return live;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (let k = rpo.length - 1; k >= 0; k--) {
      const b = rpo[k];
      const out = new Set<Value>();
      for (const s of f.successors(b)) for (const v of liveIn.get(s)!) out.add(v);
      liveOut.set(b, out);
      const inn = scan(b, out);
      if (inn.size !== liveIn.get(b)!.size) {
        liveIn.set(b, inn);
        changed = true;
      }
    }
  }

  // ---- interference and colouring ---------------------------------------------------------
  // A no-op cast (word.bits, bits.word: obj and i64 are both wasm i64) has its operand's value
  // wherever both are live (strict SSA: Boissinot et al., "Revisiting Out-of-SSA Translation",
  // CGO 2009), so the two never interfere and the cast prefers its operand's local; in the same
  // local it emits nothing (castInPlace). Otherwise, around a rotated loop, the two would be
  // separate loop-carried variables holding the same bits: a register move on every trip.
  const same = new Int32Array(nv);
  for (let v = 0; v < nv; v++) same[v] = v;
  const casts: [Value, Value][] = [];
  for (const b of rpo) {
    for (const i of seq.get(b)!) {
      const d = f.insts[i];
      const r = d.result;
      if ((d.op !== 'word.bits' && d.op !== 'bits.word') || r === undefined || !hasLocal(r) || !hasLocal(d.args[0])) continue;
      same[r] = same[d.args[0]];
      casts.push([r, d.args[0]]);
    }
  }
  const adj = new Map<Value, Set<Value>>();
  const addEdge = (a: Value, b: Value) => {
    if (a === b || same[a] === same[b] || wasmType(f.typeOf(a)) !== wasmType(f.typeOf(b))) return;
    let s = adj.get(a);
    if (!s) adj.set(a, (s = new Set()));
    s.add(b);
    let t = adj.get(b);
    if (!t) adj.set(b, (t = new Set()));
    t.add(a);
  };
  for (const b of rpo) {
    scan(b, liveOut.get(b)!, (d, live) => {
      for (const x of live) addEdge(d, x);
    });
    // Parameters are written together on each edge: they interfere with each other.
    const ps = liveParams(b);
    for (let x = 0; x < ps.length; x++) for (let y = x + 1; y < ps.length; y++) addEdge(ps[x], ps[y]);
  }

  // Coalescing hints: a parameter prefers its arguments' locals and the other way round.
  const hints = new Map<Value, Value[]>();
  const hint = (a: Value, b: Value) => {
    let h = hints.get(a);
    if (!h) hints.set(a, (h = []));
    h.push(b);
  };
  for (const b of rpo) {
    const t = f.terminator(b);
    if (t === undefined) continue;
    for (const tg of f.insts[t].targets) {
      const ps = f.blocks[tg.block].params;
      tg.args.forEach((a, j) => {
        if (hasLocal(a) && hasLocal(ps[j])) {
          hint(ps[j], a);
          hint(a, ps[j]);
        }
      });
    }
  }

  for (const [r, a] of casts) {
    hint(r, a);
    hint(a, r);
  }

  const local = new Int32Array(nv).fill(-1);
  const slotType: ValType[] = entryParams.map((p) => wasmType(f.typeOf(p)));
  entryParams.forEach((p, i) => (local[p] = i));
  const colour = (v: Value) => {
    if (local[v] >= 0) return;
    const ty = wasmType(f.typeOf(v));
    const forbidden = new Set<number>();
    for (const n of adj.get(v) ?? []) if (local[n] >= 0) forbidden.add(local[n]);
    for (const h of hints.get(v) ?? []) {
      const s = local[h];
      if (s >= 0 && slotType[s] === ty && !forbidden.has(s)) {
        local[v] = s;
        return;
      }
    }
    for (let s = 0; s < slotType.length; s++) {
      if (slotType[s] === ty && !forbidden.has(s)) {
        local[v] = s;
        return;
      }
    }
    local[v] = slotType.length;
    slotType.push(ty);
  };
  const hinted = (v: Value) => (hints.get(v) ?? []).some((h) => local[h] >= 0);
  for (const b of rpo) {
    // Parameters whose arguments already have locals first, so they can take those locals.
    const ps = liveParams(b);
    for (const p of ps) if (hinted(p)) colour(p);
    for (const p of ps) colour(p);
    for (const i of seq.get(b)!) {
      const r = f.insts[i].result;
      if (r !== undefined && hasLocal(r)) colour(r);
    }
  }

  // Declare locals grouped by type (one run per type in the local declarations).
  const np = entryParams.length;
  const order = [...slotType.keys()].slice(np);
  const rank: Record<string, number> = { i32: 0, i64: 1, f64: 2, f32: 3 };
  order.sort((a, b) => rank[slotType[a]] - rank[slotType[b]] || a - b);
  const remap = new Int32Array(slotType.length);
  for (let i = 0; i < np; i++) remap[i] = i;
  order.forEach((s, k) => (remap[s] = np + k));
  for (let v = 0; v < nv; v++) if (local[v] >= 0) local[v] = remap[local[v]];
  const localTypes = order.map((s) => slotType[s]);

  const liveInCount = new Map<Block, number>();
  for (const [b, live] of liveIn) liveInCount.set(b, live.size + liveParams(b).length);
  return { f, rpo, uses, deadInst, deadParam, remat, stacked, seq, local, localTypes, liveInCount };
}
