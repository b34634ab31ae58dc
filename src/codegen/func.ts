// Emits one IR function as a wasm function body, following its FuncPlan: walks the structurer's
// tree (block/loop/if/br/fallthrough/exit), emits each block's instructions as expression trees
// (stackified operands inline, others from locals, cheap constants rematerialised), and each CFG
// edge's parallel copy (push every argument, then pop into the target's parameters in reverse).
//
// An `if` whose then-arm never falls through is emitted as `if ... end` with the else-arm after it
// at the same level (and symmetrically with the condition negated), so chains of exception checks
// stay flat; the structurer's label depths are remapped through a stack of real/virtual frames.
import type { Block, Func, FuncSig, InstData, Inst, Value } from '../ir/function.js';
import type { Opcode } from '../ir/ops.js';
import { FALSE_ADDR, FLOAT_VALUE, GEN_SLOTS, TRUE_ADDR, frameSlot, ptrWord } from '../runtime/layout.js';
import { endReachable, structure, type Edge, type SNode, type StructInput, type Terminator } from '../structure/index.js';
import type { EmitArgs, FuncBuilder } from '../wasm/func.js';
import type { OpName } from '../wasm/opcodes.js';
import type { FuncRef, GlobalRef, TableRef, TypeRef } from '../wasm/types.js';
import { isConstOp, type WasmConst } from './consts.js';
import type { FuncPlan } from './plan.js';

/** What emitting a function needs from the module being built. */
export interface FuncCtx {
  constOf(d: InstData): WasmConst;
  /** An IR function or WASI import by its IR name, with its signature. */
  callee(name: string): { ref: FuncRef; sig: FuncSig };
  global(name: string): GlobalRef;
  exc(): GlobalRef;
  /** The function table slot of a func.ref target (fixed before any code is emitted). */
  tableIndex(name: string): number;
  /** The table and the type (i64 x nparams) -> i64 that call.indirect uses. */
  indirect(nparams: number): { table: TableRef; type: TypeRef };
}

/** IR ops that are one wasm instruction after their operands. */
const SIMPLE: Partial<Record<Opcode, OpName>> = {
  'i64.to_f64': 'f64.convert_i64_s',
  'f64.to_i64_sat': 'i64.trunc_sat_f64_s',
  'f64.bits': 'i64.reinterpret_f64',
  'f64.from_bits': 'f64.reinterpret_i64',
  'i32.to_i64': 'i64.extend_i32_s',
  'u32.to_i64': 'i64.extend_i32_u',
  'i64.to_i32': 'i32.wrap_i64',
  'py.is': 'i64.eq',
  'mem.grow': 'memory.grow',
  'mem.size': 'memory.size',
  'mem.copy': 'memory.copy',
  'mem.fill': 'memory.fill',
};
/** Raw arithmetic ops spelled as in wasm (i64.add, i32.lt_u, f64.sqrt, ...). */
const SAME_NAME = /^(i64|i32|f64)\.(add|sub|mul|div_s|rem_s|div_u|rem_u|and|or|xor|shl|shr_s|shr_u|eq|ne|lt_s|le_s|gt_s|ge_s|lt_u|le_u|gt_u|ge_u|eqz|clz|ctz|popcnt|div|min|max|copysign|lt|le|gt|ge|neg|abs|sqrt|floor|ceil|trunc|nearest)$/;

const LOADS: Partial<Record<Opcode, OpName>> = {
  'load.i64': 'i64.load',
  'load.obj': 'i64.load',
  'load.f64': 'f64.load',
  'load.i32': 'i32.load',
  'load.fixed_i32': 'i32.load',
  'load.u16': 'i32.load16_u',
  'load.u8': 'i32.load8_u',
};
const STORES: Partial<Record<Opcode, OpName>> = {
  'store.i64': 'i64.store',
  'store.obj': 'i64.store',
  'store.f64': 'f64.store',
  'store.i32': 'i32.store',
  'store.u16': 'i32.store16',
  'store.u8': 'i32.store8',
};
/** Integer comparisons and their negations (never float ones: NaN). */
const NEGATE: Record<string, OpName> = {};
for (const w of ['i32', 'i64']) {
  for (const [a, b] of [['eq', 'ne'], ['lt_s', 'ge_s'], ['le_s', 'gt_s'], ['lt_u', 'ge_u'], ['le_u', 'gt_u']]) {
    NEGATE[`${w}.${a}`] = `${w}.${b}` as OpName;
    NEGATE[`${w}.${b}`] = `${w}.${a}` as OpName;
  }
}

/** Ops the expand pass (src/passes/expand.ts) removes before code generation. */
export function expandedBeforeCodegen(op: string): boolean {
  return op.startsWith('int.') || op === 'float.div' || op === 'num.to_f64';
}

/** The runtime function implementing a generic `py.*` op, e.g. py.add -> rt_add. */
export function runtimeFuncFor(op: string): string | undefined {
  if (op === 'box.float') return 'rt_box_float';
  if (op.startsWith('py.') && op !== 'py.is') return `rt_${op.slice(3)}`;
  return undefined;
}

/** The structurer's view of a block's terminator. check.exc branches on "exception pending":
 * then = the handler (IR target 1), else = the ok block (IR target 0). */
export function structTerm(f: Func, b: Block): Terminator {
  const t = f.terminator(b);
  if (t === undefined) throw new Error(`codegen: @${f.name} b${b} has no terminator`);
  const d = f.insts[t];
  switch (d.op) {
    case 'jump':
      return { kind: 'jump', target: d.targets[0].block };
    case 'br':
      return { kind: 'branch', then: d.targets[0].block, else: d.targets[1].block };
    case 'check.exc':
      return { kind: 'branch', then: d.targets[1].block, else: d.targets[0].block };
    default:
      return { kind: 'exit' };
  }
}

/** The most instructions (terminator included) of a loop header the code generator copies. */
const MAX_ROTATED_HEADER = 8;
/** The most values live into a loop header for rotation (about x86-64's allocatable registers). */
const MAX_ROTATED_LIVE = 12;

/** Comparisons: wasm ops whose i32 result wazero's compiler can fuse into a conditional jump. */
const COMPARE = /^(i32|i64|f32|f64)\.(eqz|eq|ne|lt|gt|le|ge)(_[su])?$/;

/** Sits in front of the FuncBuilder: `local.set x; local.get x` becomes `local.tee x`. */
class Peephole {
  private pending: number | undefined;
  /** The last op emitted (a pending local.set not counted). */
  last: OpName | undefined;

  constructor(private readonly fb: FuncBuilder) {}

  emit<N extends OpName>(op: N, ...args: EmitArgs<N>): this {
    if (this.pending !== undefined) {
      const p = this.pending;
      this.pending = undefined;
      if (op === 'local.get' && args[0] === p) {
        this.fb.emit('local.tee', p);
        return this;
      }
      this.fb.emit('local.set', p);
    }
    if (op === 'local.set') this.pending = args[0] as number;
    else {
      this.fb.emit(op, ...args);
      this.last = op;
    }
    return this;
  }

  emitDynamic(op: OpName, args: readonly unknown[]): this {
    this.flush();
    this.fb.emitDynamic(op, args);
    this.last = op;
    return this;
  }

  /**
   * A conditional branch to the label at `depth`. After a comparison it is `if br end`, not
   * `br_if`: wazero's optimizing compiler splits the critical edge a `br_if` to a join point or
   * a loop header makes, and the split branch no longer fuses with its comparison (cmp, setcc,
   * movzx, test, jnz instead of cmp, jcc); an `if`'s branch is to its own arm, never critical.
   * V8 compiles both alike. (valgrind under wazero: sieve -12%, mandelbrot -9%, fib -4%.)
   */
  brIf(depth: number): void {
    this.flush();
    if (this.last !== undefined && COMPARE.test(this.last)) {
      this.fb.emit('if', null);
      this.fb.emit('br', depth + 1);
      this.fb.emit('end');
      this.last = 'end';
    } else this.emit('br_if', depth);
  }

  flush(): void {
    if (this.pending !== undefined) this.fb.emit('local.set', this.pending);
    this.pending = undefined;
  }
}

export class FuncEmitter {
  private readonly f: Func;
  /** Enclosing structurer labels, innermost last: true when the label is a real wasm label. */
  private readonly frames: boolean[] = [];
  private readonly fb: Peephole;
  /** Whether a validator considers the current point reachable. */
  private open = true;

  constructor(
    private readonly ctx: FuncCtx,
    private readonly plan: FuncPlan,
    private readonly out: FuncBuilder,
  ) {
    this.f = plan.f;
    this.fb = new Peephole(out);
  }

  emit(): void {
    const f = this.f;
    const input: StructInput = { entry: f.entry, term: (b) => structTerm(f, b as Block) };
    const tree = structure(input, (h, blocks) => this.rotatable(h as Block, blocks as readonly Block[]));
    for (const t of this.plan.localTypes) this.out.local(t);
    this.emitSeq(tree, true, undefined);
    if (this.open && f.results.length) this.fb.emit('unreachable');
    this.fb.flush();
  }

  /**
   * Whether a loop header's code is small enough to copy to the loop's bottom (the structurer's
   * loop rotation: the test at the bottom saves a jump per trip): a few instructions, no call in
   * the whole loop and few values live at the header. The rotated back edge is a conditional
   * branch: when Cranelift's register allocator must move or reload values on it, it splits the
   * edge into a block of moves and a jump, and the trip costs more than before (around calls:
   * sieve's count loop 15 -> 18 x86 instructions; with 25 values live: fannkuch +9%).
   */
  private rotatable(h: Block, blocks: readonly Block[]): boolean {
    if (this.plan.seq.get(h)!.length > MAX_ROTATED_HEADER) return false;
    if (this.plan.liveInCount.get(h)! > MAX_ROTATED_LIVE) return false;
    for (const b of blocks) {
      for (const i of this.plan.seq.get(b)!) {
        const op = this.f.insts[i].op;
        if (op === 'call' || op === 'call.indirect' || runtimeFuncFor(op) !== undefined) return false;
      }
    }
    return true;
  }

  // ---- control ----------------------------------------------------------------------------

  /**
   * Emits a sequence. `tail`: its end is the end of the function (a `ret` there need not
   * `return`). `endLabel`: index in `frames` of a real label whose branch target is exactly the
   * point this sequence ends at (so an arm that merely falls off the end can be a `br_if`).
   */
  private emitSeq(nodes: readonly SNode[], tail: boolean, endLabel: number | undefined): void {
    let pushed = 0;
    let seq = nodes;
    outer: for (;;) {
      for (let i = 0; i < seq.length; i++) {
        const node = seq[i];
        const last = i === seq.length - 1;
        switch (node.kind) {
          case 'code':
            this.emitCode(node.block as Block);
            break;
          case 'block':
            this.fb.emit('block', null);
            this.frames.push(true);
            this.emitSeq(node.body, false, this.frames.length - 1);
            this.frames.pop();
            this.end();
            break;
          case 'loop':
            this.fb.emit('loop', null);
            this.frames.push(true);
            this.emitSeq(node.body, false, last ? endLabel : undefined);
            this.frames.pop();
            this.end();
            break;
          case 'if': {
            const rest = this.emitIf(node, last ? endLabel : undefined);
            if (rest === undefined) break;
            this.frames.push(false);
            if (last) {
              pushed++;
              seq = rest;
              continue outer;
            }
            this.emitSeq(rest, false, undefined);
            this.frames.pop();
            break;
          }
          case 'br':
            this.emitEdge(node.edge);
            this.fb.emit('br', this.depth(node.depth));
            this.open = false;
            break;
          case 'fallthrough':
            this.emitEdge(node.edge);
            break;
          case 'exit':
            this.emitExit(node.block as Block, tail && last);
            break;
          case 'br_table':
            throw new Error(`codegen: @${this.f.name}: br_table is not produced by any IR terminator`);
        }
      }
      break;
    }
    this.frames.length -= pushed;
  }

  private end(): void {
    this.fb.emit('end');
    this.open = true;
  }

  /** The wasm depth of the structurer's label `d` (virtual frames are not wasm labels). */
  private depth(d: number): number {
    return this.frameDepth(this.frames.length - 1 - d);
  }

  /** The wasm depth of the real frame at index `target` of `frames`. */
  private frameDepth(target: number): number {
    if (target < 0 || !this.frames[target]) throw new Error(`codegen: @${this.f.name}: branch to a flattened if`);
    let n = 0;
    for (let k = target + 1; k < this.frames.length; k++) if (this.frames[k]) n++;
    return n;
  }

  /** `if`/`block` around an arm whose end is the label's own end. */
  private nested(kind: 'if' | 'block', nodes: readonly SNode[]): void {
    this.fb.emit(kind, null);
    this.frames.push(true);
    this.emitSeq(nodes, false, this.frames.length - 1);
    this.frames.pop();
  }

  /**
   * Emits an `if` node. Returns an arm to continue with at the same level, after the caller
   * pushes a virtual frame for the if's label, when the other arm was emitted as a branch out.
   * `endLabel` is a real label whose target is the point after this if, when there is one.
   */
  private emitIf(node: Extract<SNode, { kind: 'if' }>, endLabel: number | undefined): readonly SNode[] | undefined {
    const b = node.block as Block;
    // An arm that is only a branch without copies: br_if, and the other arm follows unwrapped.
    for (const [arm, other, negate] of [[node.then, node.else, false], [node.else, node.then, true]] as const) {
      const br = this.brOnly(arm);
      if (br === undefined) continue;
      this.emitCond(b, negate);
      this.frames.push(false);
      this.fb.brIf(this.depth(br.depth));
      this.frames.pop();
      return other;
    }
    const thenEmpty = this.isEmptyArm(node.then);
    const elseEmpty = this.isEmptyArm(node.else);
    if (thenEmpty && elseEmpty) {
      this.emitCond(b, false);
      this.fb.emit('drop');
      return undefined;
    }
    // One arm only falls through to the point after the if.
    for (const [empty, other, negate] of [[thenEmpty, node.else, false], [elseEmpty, node.then, true]] as const) {
      if (!empty) continue;
      if (endLabel !== undefined) {
        this.emitCond(b, negate);
        this.fb.brIf(this.frameDepth(endLabel));
        return other;
      }
      if (other[other.length - 1]?.kind === 'if') {
        // A chain continues in the other arm: give it a label to leave by, instead of nesting.
        this.fb.emit('block', null);
        this.frames.push(true);
        this.emitCond(b, negate);
        this.fb.brIf(0);
        this.emitSeq(other, false, this.frames.length - 1);
        this.frames.pop();
        this.end();
        return undefined;
      }
      this.emitCond(b, !negate);
      this.nested('if', other);
      this.end();
      return undefined;
    }
    if (!endReachable(node.then)) {
      this.emitCond(b, false);
      this.nested('if', node.then);
      this.end();
      return node.else;
    }
    if (!endReachable(node.else)) {
      this.emitCond(b, true);
      this.nested('if', node.else);
      this.end();
      return node.then;
    }
    this.emitCond(b, false);
    this.nested('if', node.then);
    this.fb.emit('else');
    this.frames.push(true);
    this.emitSeq(node.else, false, this.frames.length - 1);
    this.frames.pop();
    this.end();
    return undefined;
  }

  /** True when a node emits nothing: a fallthrough without copies, or the code of a block that
   * holds nothing but its jump. */
  private emitsNothing(n: SNode): boolean {
    if (n.kind === 'fallthrough') return this.copies(n.edge).length === 0;
    if (n.kind !== 'code') return false;
    const seq = this.plan.seq.get(n.block as Block)!;
    return seq.length === 1 && this.f.insts[seq[0]].op === 'jump';
  }

  /** An arm that emits nothing and falls through to the point after its if. */
  private isEmptyArm(nodes: readonly SNode[]): boolean {
    return nodes.length > 0 && nodes[nodes.length - 1].kind === 'fallthrough' && nodes.every((n) => this.emitsNothing(n));
  }

  /** The `br` of an arm that is only that branch (with no copies), else undefined. */
  private brOnly(nodes: readonly SNode[]): Extract<SNode, { kind: 'br' }> | undefined {
    const last = nodes[nodes.length - 1];
    if (last?.kind !== 'br' || this.copies(last.edge).length) return undefined;
    for (let k = 0; k < nodes.length - 1; k++) if (!this.emitsNothing(nodes[k])) return undefined;
    return last;
  }

  /** Pushes the branch condition of block b's terminator (negated when asked). */
  private emitCond(b: Block, negate: boolean): void {
    const d = this.f.insts[this.f.terminator(b)!];
    if (d.op === 'check.exc') {
      // The pending exception is 0 or a pointer word (bit 0 set): its low half is non-zero
      // exactly when an exception is pending.
      this.fb.emit('global.get', this.ctx.exc());
      this.fb.emit(negate ? 'i64.eqz' : 'i32.wrap_i64');
      return;
    }
    const v = d.args[0];
    const cdef = this.f.valueDefs[v];
    if (!negate && this.plan.stacked[v] && cdef.kind === 'inst') {
      const cd = this.f.insts[cdef.inst];
      if (cd.op === 'i32.ne' && this.isZero(cd.args[1])) {
        this.emitValue(cd.args[0]); // `if` and `br_if` test for non-zero already
        return;
      }
    }
    if (negate && this.plan.stacked[v]) {
      const def = this.f.valueDefs[v];
      if (def.kind === 'inst') {
        const cd = this.f.insts[def.inst];
        const neg = NEGATE[cd.op];
        if (neg !== undefined) {
          for (const a of cd.args) this.emitValue(a);
          this.fb.emitDynamic(neg, []);
          return;
        }
        if (cd.op === 'i32.eqz') {
          this.emitValue(cd.args[0]);
          return;
        }
      }
    }
    this.emitValue(v);
    if (negate) this.fb.emit('i32.eqz');
  }

  /** The IR target an edge stands for. */
  private target(e: Edge) {
    const d = this.f.insts[this.f.terminator(e.from as Block)!];
    const index = d.op === 'check.exc' ? 1 - e.index : e.index;
    return d.targets[index];
  }

  /** The (argument, parameter) pairs an edge must copy. */
  private copies(e: Edge): [Value, Value][] {
    const { deadParam, remat, stacked, local } = this.plan;
    const t = this.target(e);
    const ps = this.f.blocks[t.block].params;
    const out: [Value, Value][] = [];
    t.args.forEach((a, j) => {
      const p = ps[j];
      if (deadParam[p]) return;
      if (!remat[a] && !stacked[a] && local[a] === local[p]) return;
      out.push([a, p]);
    });
    return out;
  }

  /** A parallel copy: push every argument, then pop into the parameters in reverse order. */
  private emitEdge(e: Edge): void {
    const pairs = this.copies(e);
    for (const [a] of pairs) this.emitValue(a);
    for (let k = pairs.length - 1; k >= 0; k--) this.fb.emit('local.set', this.localOf(pairs[k][1]));
  }

  private emitExit(b: Block, tail: boolean): void {
    const d = this.f.insts[this.f.terminator(b)!];
    if (d.op === 'unreachable') {
      this.fb.emit('unreachable');
    } else {
      for (const a of d.args) this.emitValue(a);
      if (!tail) this.fb.emit('return');
    }
    this.open = false;
  }

  // ---- straight-line code -------------------------------------------------------------------

  /** The block's instructions except its terminator, as trees in plan order. */
  private emitCode(b: Block): void {
    const { stacked, local } = this.plan;
    for (const i of this.plan.seq.get(b)!) {
      const d = this.f.insts[i];
      if (d.targets.length || d.op === 'ret' || d.op === 'unreachable') continue;
      const r = d.result;
      if (r !== undefined && stacked[r]) continue;
      if (r !== undefined && this.castInPlace(r, d)) continue;
      this.emitInst(i);
      if (r === undefined) continue;
      if (local[r] >= 0) this.fb.emit('local.set', local[r]);
      else this.fb.emit('drop');
    }
  }

  /** A no-op cast whose operand lives in the cast's own local (plan.ts: `same`). */
  private castInPlace(r: Value, d: InstData): boolean {
    if (d.op !== 'word.bits' && d.op !== 'bits.word') return false;
    const a = d.args[0];
    return !this.plan.stacked[a] && !this.plan.remat[a] && this.plan.local[a] >= 0 && this.plan.local[a] === this.plan.local[r];
  }

  private localOf(v: Value): number {
    const l = this.plan.local[v];
    if (l < 0) throw new Error(`codegen: @${this.f.name}: v${v} has no local`);
    return l;
  }

  private emitValue(v: Value): void {
    const def = this.f.valueDefs[v];
    if (def.kind === 'inst' && this.plan.remat[v]) this.emitConst(this.ctx.constOf(this.f.insts[def.inst]));
    else if (def.kind === 'inst' && this.plan.stacked[v]) this.emitInst(def.inst);
    else this.fb.emit('local.get', this.localOf(v));
  }

  private emitConst(c: WasmConst): void {
    if (c.op === 'i64.const') this.fb.emit('i64.const', c.value);
    else if (c.op === 'i32.const') this.fb.emit('i32.const', c.value);
    else this.fb.emit('f64.const', c.value);
  }

  /** Emits one instruction with its operands; leaves its result (if any) on the stack. */
  private emitInst(i: Inst): void {
    const fb = this.fb;
    const d = this.f.insts[i];
    const op = d.op;
    const args = () => {
      for (const a of d.args) this.emitValue(a);
    };
    if (isConstOp(op)) return this.emitConst(this.ctx.constOf(d));
    if ((op === 'i64.eq' || op === 'i64.ne' || op === 'i32.eq' || op === 'i32.ne') && this.isZero(d.args[1])) {
      // x == 0 -> eqz x; x != 0 -> eqz (eqz x): shorter than a zero constant and a compare.
      this.emitValue(d.args[0]);
      fb.emit(op.startsWith('i64') ? 'i64.eqz' : 'i32.eqz');
      if (op.endsWith('ne')) fb.emit('i32.eqz');
      return;
    }
    const simple = SIMPLE[op] ?? (SAME_NAME.test(op) ? (op as OpName) : undefined);
    if (simple !== undefined) {
      args();
      fb.emitDynamic(simple, []);
      return;
    }
    if (op === 'frame.load' || op === 'frame.store') {
      // The generator object word is address | 1: wrap it and fold the -1 into the offset.
      const offset = GEN_SLOTS + 8 * frameSlot(d.imm as string) - 1;
      this.emitValue(d.args[0]);
      fb.emit('i32.wrap_i64');
      if (op === 'frame.store') {
        this.emitValue(d.args[1]);
        fb.emit('i64.store', { offset });
      } else fb.emit('i64.load', { offset });
      return;
    }
    if (op === 'attr.load' || op === 'attr.store') {
      // the address includes the slot's offset; the imm is the attribute's name
      const m = this.address(d.args[0], 0n);
      if (op === 'attr.store') this.emitValue(d.args[1]);
      fb.emitDynamic(op === 'attr.load' ? 'i64.load' : 'i64.store', [m]);
      return;
    }
    const load = LOADS[op];
    if (load !== undefined) {
      fb.emitDynamic(load, [this.address(d.args[0], d.imm as bigint)]);
      return;
    }
    const store = STORES[op];
    if (store !== undefined) {
      const m = this.address(d.args[0], d.imm as bigint);
      this.emitValue(d.args[1]);
      fb.emitDynamic(store, [m]);
      return;
    }
    const rt = runtimeFuncFor(op);
    if (rt !== undefined) {
      args();
      fb.emit('call', this.ctx.callee(rt).ref);
      return;
    }
    switch (op) {
      case 'tag.int':
        args();
        fb.emit('i64.const', 1n).emit('i64.shl');
        return;
      case 'untag.int':
        args();
        fb.emit('i64.const', 1n).emit('i64.shr_s');
        return;
      case 'is.small':
        args();
        fb.emit('i64.const', 1n).emit('i64.and').emit('i64.eqz');
        return;
      case 'box.bool':
        fb.emit('i64.const', ptrWord(TRUE_ADDR)).emit('i64.const', ptrWord(FALSE_ADDR));
        args();
        fb.emit('select');
        return;
      case 'unbox.float':
        // The word is address | 1, so (wrap(word) & ~1) + FLOAT_VALUE == wrap(word) + FLOAT_VALUE - 1.
        args();
        fb.emit('i32.wrap_i64').emit('f64.load', { offset: FLOAT_VALUE - 1 });
        return;
      case 'word.bits':
      case 'bits.word':
        args(); // obj and i64 are both wasm i64: nothing to do
        return;
      case 'word.ptr':
        args();
        fb.emit('i32.wrap_i64').emit('i32.const', 1).emit('i32.sub');
        return;
      case 'ptr.word':
        args();
        fb.emit('i64.extend_i32_u').emit('i64.const', 1n).emit('i64.or');
        return;
      case 'global.get':
        fb.emit('global.get', this.ctx.global(d.imm as string));
        return;
      case 'global.set':
        args();
        fb.emit('global.set', this.ctx.global(d.imm as string));
        return;
      case 'exc.get':
        fb.emit('global.get', this.ctx.exc());
        return;
      case 'exc.set':
        args();
        fb.emit('global.set', this.ctx.exc());
        return;
      case 'func.ref':
        fb.emit('i32.const', this.ctx.tableIndex(d.imm as string));
        return;
      case 'call.indirect': {
        // Operands are (index, env, p1..pn); wasm wants (env, p1..pn, index).
        for (const a of d.args.slice(1)) this.emitValue(a);
        this.emitValue(d.args[0]);
        const { table, type } = this.ctx.indirect(d.args.length - 1);
        fb.emit('call_indirect', type, table);
        return;
      }
      case 'call': {
        args();
        const { ref, sig } = this.ctx.callee(d.imm as string);
        fb.emit('call', ref);
        const extra = sig.results.length - (d.result === undefined ? 0 : 1);
        for (let k = 0; k < extra; k++) fb.emit('drop');
        return;
      }
      default:
        if (expandedBeforeCodegen(op)) throw new Error(`codegen: @${this.f.name}: ${op} must be expanded before code generation (run the expand pass)`);
        throw new Error(`codegen: @${this.f.name}: no lowering for ${op}`);
    }
  }

  /** True for a rematerialised integer constant 0. */
  private isZero(v: Value): boolean {
    const def = this.f.valueDefs[v];
    if (def.kind !== 'inst' || !this.plan.remat[v]) return false;
    const d = this.f.insts[def.inst];
    return (d.op === 'const.i64' || d.op === 'const.i32') && d.imm === 0n;
  }

  /** Pushes a load/store address and returns its memarg. An inline `word.ptr w` with a positive
   * offset becomes wrap(w) with offset - 1 (the word is address | 1). */
  private address(addr: Value, imm: bigint): { offset: number } {
    const def = this.f.valueDefs[addr];
    if (imm >= 1n && imm <= 1n << 32n && def.kind === 'inst' && this.plan.stacked[addr] && this.f.insts[def.inst].op === 'word.ptr') {
      this.emitValue(this.f.insts[def.inst].args[0]);
      this.fb.emit('i32.wrap_i64');
      return { offset: Number(imm - 1n) };
    }
    this.emitValue(addr);
    return this.memarg(imm);
  }

  /** The memarg for a constant byte offset; a negative one is added to the address instead. */
  private memarg(imm: bigint): { offset: number } {
    if (imm >= 0n && imm < 1n << 32n) return { offset: Number(imm) };
    this.fb.emit('i32.const', Number(BigInt.asIntN(32, imm))).emit('i32.add');
    return { offset: 0 };
  }
}
