// FuncBuilder: one function body as an instruction list (opcode ids plus a flat immediate
// stream), with the typed `emit` whose argument shapes come from the opcode table's immediate
// kinds. Every immediate is checked when it is emitted (kind, range, owning builder, label depth,
// local index, block nesting); handles stay unresolved until the module is encoded.

import type { EncodedBody } from './instr.js';
import { OPCODES, opInfo, type ImmKind, type ImmKindOf, type OpInfo, type OpName } from './opcodes.js';
import {
  DataRef,
  ElemRef,
  FuncRef,
  GlobalRef,
  TableRef,
  TypeRef,
  isRefType,
  isValType,
  type BlockType,
  type MemArg,
  type Owner,
  type RefType,
  type ValType,
} from './types.js';

/** The arguments `emit` takes after the instruction name, per immediate kind. */
export interface ImmArgs {
  none: [];
  block: [type: BlockType];
  label: [depth: number];
  br_table: [labels: readonly number[], defaultLabel: number];
  func: [func: FuncRef];
  /** The table defaults to the module's first table. */
  call_indirect: [type: TypeRef, table?: TableRef];
  local: [index: number];
  global: [global: GlobalRef];
  table: [table: TableRef];
  table_copy: [dst: TableRef, src: TableRef];
  /** The table defaults to the module's first table. */
  table_init: [elem: ElemRef, table?: TableRef];
  elem: [elem: ElemRef];
  data: [data: DataRef];
  memory: [];
  memory_copy: [];
  memory_init: [data: DataRef];
  memarg: [memarg?: MemArg];
  memarg_lane: [memarg: MemArg | undefined, lane: number];
  lane: [lane: number];
  i32: [value: number];
  i64: [value: bigint];
  f32: [value: number];
  f64: [value: number];
  v128: [bytes: Uint8Array];
  shuffle: [lanes: readonly number[]];
  reftype: [type: RefType];
  select_t: [types: readonly ValType[]];
}

export type EmitArgs<N extends OpName> = ImmArgs[ImmKindOf<N>];

/** How many entries each immediate kind takes in the flat immediate stream. */
export const IMM_SLOTS: Readonly<Record<ImmKind, number>> = {
  none: 0,
  block: 1,
  label: 1,
  br_table: 2,
  func: 1,
  call_indirect: 2,
  local: 1,
  global: 1,
  table: 1,
  table_copy: 2,
  table_init: 2,
  elem: 1,
  data: 1,
  memory: 0,
  memory_copy: 0,
  memory_init: 1,
  memarg: 2,
  memarg_lane: 3,
  lane: 1,
  i32: 1,
  i64: 1,
  f32: 1,
  f64: 1,
  v128: 1,
  shuffle: 1,
  reftype: 1,
  select_t: 1,
};

const BLOCK = 0;
const LOOP = 1;
const IF = 2;
const ELSE = 3;

const I32_MIN = -(2 ** 31);
const U32_MAX = 2 ** 32 - 1;
const I64_MIN = -(2n ** 63n);
const U64_MAX = 2n ** 64n - 1n;

/** What the function builder needs from its module (kept narrow to avoid a cycle). */
export interface FuncOwner {
  readonly simd: boolean;
}

export class FuncBuilder {
  /** Opcode ids (indices into OPCODES), in order. */
  readonly ops: number[] = [];
  /** Immediates, flattened: IMM_SLOTS[kind] entries per instruction. */
  readonly imms: unknown[] = [];
  /** Types of the declared locals (after the params). */
  readonly localTypes: ValType[] = [];
  /** Local names by local index (params included). */
  readonly localNames = new Map<number, string>();
  /** Open blocks, innermost last (BLOCK, LOOP, IF, ELSE). */
  private readonly control: number[] = [];
  /** True once an `end` closed the function body itself. */
  ended = false;
  /** The body was copied from code validated when it was made (src/link's replay of a
   * precompiled function): encode() does not type-check it again. */
  prevalidated = false;
  /** The body as bytes encoded once, with holes for the module's handles and numbers (src/link's
   * replay of a precompiled function): encode() writes it instead of `ops` and `imms`, which stay
   * empty. */
  encoded: EncodedBody | undefined = undefined;

  constructor(
    private readonly module: FuncOwner & Owner,
    readonly ref: FuncRef,
    readonly name: string,
    paramNames?: readonly (string | undefined)[],
  ) {
    if (paramNames) {
      if (paramNames.length > this.params.length) this.fail(`${paramNames.length} param names for ${this.params.length} params`);
      paramNames.forEach((n, i) => {
        if (n !== undefined) this.localNames.set(i, n);
      });
    }
  }

  get type(): TypeRef {
    return this.ref.type;
  }
  get params(): readonly ValType[] {
    return this.ref.type.params;
  }
  get results(): readonly ValType[] {
    return this.ref.type.results;
  }
  /** Number of locals including params. */
  get localCount(): number {
    return this.params.length + this.localTypes.length;
  }
  /** Number of instructions emitted so far. */
  get length(): number {
    return this.ops.length;
  }
  /** Depth of open blocks (0 at the top level of the body). */
  get depth(): number {
    return this.control.length;
  }

  private fail(msg: string): never {
    throw new Error(`wasm builder: function '${this.name}': ${msg}`);
  }

  /** The local index of parameter i. */
  param(i: number): number {
    if (!Number.isInteger(i) || i < 0 || i >= this.params.length) this.fail(`no parameter ${i}`);
    return i;
  }

  /** Declares a new local and returns its index. */
  local(type: ValType, name?: string): number {
    this.checkValType(type);
    const index = this.localCount;
    this.localTypes.push(type);
    if (name !== undefined) this.localNames.set(index, name);
    return index;
  }

  /** Names (or renames) a param or local for the name section. */
  nameLocal(index: number, name: string): void {
    this.checkLocal(index);
    this.localNames.set(index, name);
  }

  /** The type of local (or param) `index`. */
  localType(index: number): ValType {
    this.checkLocal(index);
    return index < this.params.length ? this.params[index]! : this.localTypes[index - this.params.length]!;
  }

  private checkValType(t: unknown): asserts t is ValType {
    if (!isValType(t)) this.fail(`not a value type: ${String(t)}`);
    if (t === 'v128' && !this.module.simd) this.fail(`v128 needs features.simd`);
  }

  private checkLocal(i: unknown): asserts i is number {
    if (typeof i !== 'number' || !Number.isInteger(i) || i < 0 || i >= this.localCount)
      this.fail(`no local ${String(i)} (the function has ${this.localCount})`);
  }

  private checkOwner(h: unknown, cls: { name: string; prototype: object }, what: string): void {
    if (!(h instanceof (cls as unknown as new (...a: never[]) => object))) this.fail(`${what}: expected a ${cls.name}, got ${describe(h)}`);
    if ((h as { owner: Owner }).owner !== this.module) this.fail(`${what}: ${cls.name} belongs to another module builder`);
  }

  private checkLabel(d: unknown, what: string): void {
    if (typeof d !== 'number' || !Number.isInteger(d) || d < 0 || d > this.control.length)
      this.fail(`${what}: label ${String(d)} is not an enclosing block (depth ${this.control.length})`);
  }

  private checkU32(v: unknown, what: string): asserts v is number {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > U32_MAX) this.fail(`${what}: ${String(v)} is not a u32`);
  }

  /** Appends one instruction; immediates are typed by the opcode table and checked now. */
  emit<N extends OpName>(op: N, ...args: EmitArgs<N>): this {
    const info = opInfo(op);
    if (info === undefined) this.fail(`unknown instruction '${String(op)}'`);
    this.emitInfo(info, args as readonly unknown[]);
    return this;
  }

  /** Untyped variant of `emit` for table-driven callers; same checks. */
  emitDynamic(op: string, args: readonly unknown[]): this {
    const info = opInfo(op);
    if (info === undefined) this.fail(`unknown instruction '${op}'`);
    this.emitInfo(info, args);
    return this;
  }

  private emitInfo(info: OpInfo, args: readonly unknown[]): void {
    const name = info.name;
    if (this.ended) this.fail(`'${name}' after the final 'end'`);
    if (info.feature === 'simd' && !this.module.simd) this.fail(`'${name}' is a SIMD instruction; enable features.simd`);
    const [min, max] = ARG_COUNT[info.imm];
    if (args.length < min || args.length > max) this.fail(`'${name}' takes ${describeArgs(info.imm)}, got ${args.length} argument(s)`);
    const imms = this.imms;
    const a0 = args[0];
    switch (info.imm) {
      case 'none':
        if (info.code === 0x0b && info.prefix === 0) {
          // end
          if (this.control.length === 0) this.ended = true;
          else this.control.pop();
        } else if (info.code === 0x05 && info.prefix === 0) {
          // else
          const top = this.control[this.control.length - 1];
          if (top !== IF) this.fail(`'else' without an open 'if'`);
          this.control[this.control.length - 1] = ELSE;
        }
        break;
      case 'block':
        this.checkBlockType(a0);
        imms.push(a0);
        this.control.push(info.code === 0x02 ? BLOCK : info.code === 0x03 ? LOOP : IF);
        break;
      case 'label':
        this.checkLabel(a0, name);
        imms.push(a0);
        break;
      case 'br_table': {
        if (!Array.isArray(a0)) this.fail(`br_table: labels must be an array`);
        for (const l of a0) this.checkLabel(l, name);
        this.checkLabel(args[1], name);
        imms.push(a0.slice(), args[1]);
        break;
      }
      case 'func':
        this.checkOwner(a0, FuncRef, name);
        imms.push(a0);
        break;
      case 'call_indirect':
        this.checkOwner(a0, TypeRef, name);
        if (args[1] !== undefined) this.checkOwner(args[1], TableRef, name);
        imms.push(a0, args[1]);
        break;
      case 'local':
        this.checkLocal(a0);
        imms.push(a0);
        break;
      case 'global':
        this.checkOwner(a0, GlobalRef, name);
        if (name === 'global.set' && !(a0 as GlobalRef).mutable) this.fail(`global.set of immutable global ${(a0 as GlobalRef).name ?? ''}`);
        imms.push(a0);
        break;
      case 'table':
        this.checkOwner(a0, TableRef, name);
        imms.push(a0);
        break;
      case 'table_copy':
        this.checkOwner(a0, TableRef, name);
        this.checkOwner(args[1], TableRef, name);
        if ((a0 as TableRef).type !== (args[1] as TableRef).type) this.fail(`table.copy between tables of different types`);
        imms.push(a0, args[1]);
        break;
      case 'table_init':
        this.checkOwner(a0, ElemRef, name);
        if (args[1] !== undefined) {
          this.checkOwner(args[1], TableRef, name);
          if ((args[1] as TableRef).type !== (a0 as ElemRef).type) this.fail(`table.init: element and table types differ`);
        }
        imms.push(a0, args[1]);
        break;
      case 'elem':
        this.checkOwner(a0, ElemRef, name);
        imms.push(a0);
        break;
      case 'data':
      case 'memory_init':
        this.checkOwner(a0, DataRef, name);
        imms.push(a0);
        break;
      case 'memory':
      case 'memory_copy':
        break;
      case 'memarg':
        this.pushMemArg(info, a0);
        break;
      case 'memarg_lane': {
        this.pushMemArg(info, a0);
        const lanes = 16 >> info.n;
        const lane = args[1];
        if (typeof lane !== 'number' || !Number.isInteger(lane) || lane < 0 || lane >= lanes) this.fail(`${name}: lane ${String(lane)} is not in [0, ${lanes})`);
        imms.push(lane);
        break;
      }
      case 'lane':
        if (typeof a0 !== 'number' || !Number.isInteger(a0) || a0 < 0 || a0 >= info.n) this.fail(`${name}: lane ${String(a0)} is not in [0, ${info.n})`);
        imms.push(a0);
        break;
      case 'i32':
        if (typeof a0 !== 'number' || !Number.isInteger(a0) || a0 < I32_MIN || a0 > U32_MAX) this.fail(`i32.const: ${describe(a0)} is not a 32-bit integer`);
        imms.push(a0 | 0);
        break;
      case 'i64':
        if (typeof a0 !== 'bigint' || a0 < I64_MIN || a0 > U64_MAX) this.fail(`i64.const: ${describe(a0)} is not a 64-bit bigint`);
        imms.push(BigInt.asIntN(64, a0));
        break;
      case 'f32':
      case 'f64':
        if (typeof a0 !== 'number') this.fail(`${name}: ${describe(a0)} is not a number`);
        imms.push(a0);
        break;
      case 'v128':
        if (!(a0 instanceof Uint8Array) || a0.length !== 16) this.fail(`v128.const: expected 16 bytes`);
        imms.push(a0.slice());
        break;
      case 'shuffle':
        if (!Array.isArray(a0) || a0.length !== 16 || !a0.every((l) => Number.isInteger(l) && l >= 0 && l < 32))
          this.fail(`i8x16.shuffle: expected 16 lane indices in [0, 32)`);
        imms.push(a0.slice());
        break;
      case 'reftype':
        if (!isRefType(a0)) this.fail(`${name}: ${describe(a0)} is not a reference type`);
        imms.push(a0);
        break;
      case 'select_t':
        if (!Array.isArray(a0) || a0.length !== 1) this.fail(`select_t: expected exactly one result type`);
        this.checkValType(a0[0]);
        imms.push(a0.slice());
        break;
    }
    this.ops.push(info.id);
  }

  private pushMemArg(info: OpInfo, m: unknown): void {
    let align = info.n;
    let offset = 0;
    if (m !== undefined) {
      if (typeof m !== 'object' || m === null) this.fail(`${info.name}: memarg must be { align?, offset? }`);
      const ma = m as MemArg;
      if (ma.align !== undefined) {
        if (!Number.isInteger(ma.align) || ma.align < 0 || ma.align > info.n)
          this.fail(`${info.name}: align ${ma.align} (log2) exceeds the natural alignment ${info.n}`);
        align = ma.align;
      }
      if (ma.offset !== undefined) {
        this.checkU32(ma.offset, `${info.name} offset`);
        offset = ma.offset;
      }
    }
    this.imms.push(align, offset);
  }

  private checkBlockType(t: unknown): void {
    if (t === null) return;
    if (t instanceof TypeRef) {
      this.checkOwner(t, TypeRef, 'block type');
      return;
    }
    this.checkValType(t);
  }

  /** Throws unless every block is closed; called by the encoder. */
  checkBalanced(): void {
    if (this.control.length !== 0) this.fail(`${this.control.length} block(s) not closed by 'end'`);
  }

  /** A readable listing of the body (one instruction per line), for debugging and tests. */
  listing(): string {
    const lines: string[] = [];
    let k = 0;
    for (const id of this.ops) {
      const info = OPCODES[id]!;
      const n = IMM_SLOTS[info.imm];
      const parts = this.imms.slice(k, k + n).map(describe);
      k += n;
      lines.push(parts.length ? `${info.name} ${parts.join(' ')}` : info.name);
    }
    return lines.join('\n');
  }
}

/** [min, max] number of `emit` arguments after the name, per immediate kind. */
const ARG_COUNT: Readonly<Record<ImmKind, readonly [number, number]>> = {
  none: [0, 0],
  block: [1, 1],
  label: [1, 1],
  br_table: [2, 2],
  func: [1, 1],
  call_indirect: [1, 2],
  local: [1, 1],
  global: [1, 1],
  table: [1, 1],
  table_copy: [2, 2],
  table_init: [1, 2],
  elem: [1, 1],
  data: [1, 1],
  memory: [0, 0],
  memory_copy: [0, 0],
  memory_init: [1, 1],
  memarg: [0, 1],
  memarg_lane: [2, 2],
  lane: [1, 1],
  i32: [1, 1],
  i64: [1, 1],
  f32: [1, 1],
  f64: [1, 1],
  v128: [1, 1],
  shuffle: [1, 1],
  reftype: [1, 1],
  select_t: [1, 1],
};

function describeArgs(kind: ImmKind): string {
  return kind === 'none' || kind === 'memory' || kind === 'memory_copy' ? 'no immediates' : `a '${kind}' immediate`;
}

function describe(v: unknown): string {
  if (typeof v === 'bigint') return `${v}n`;
  if (v instanceof TypeRef) return `type#${v.index}`;
  if (v instanceof FuncRef) return `$${v.name}`;
  if (v instanceof GlobalRef) return `global:${v.name ?? v.pos}`;
  if (v instanceof TableRef) return `table:${v.pos}`;
  if (v instanceof ElemRef) return `elem:${v.index}`;
  if (v instanceof DataRef) return `data:${v.index}`;
  if (Array.isArray(v)) return `[${v.map(describe).join(' ')}]`;
  if (v instanceof Uint8Array) return `<${v.length} bytes>`;
  if (v === null) return 'null';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}
