// The relocatable form of one function's wasm code (the precompiled runtime, docs/architecture.md
// "The precompiled runtime"): the code generator's output for the function, recorded once at build
// time, replayed into each program's module.
//
// A function body in the module builder is a list of opcode ids and a flat immediate stream
// (src/wasm/func.ts). Everything in it that depends on the program is something the emitter got
// from its FuncCtx (src/codegen/func.ts): function, global, table and type handles, function
// table slots, and the addresses of static constants (strs, floats, big ints) and of the heap.
// Recording wraps the FuncCtx: each call is an event, kept in order, and its result is a marker
// (the handle itself, or a sentinel number) that the recorder finds again in the immediates.
// Replaying makes the same FuncCtx calls in the same order against the program's module (so
// imports, globals and types are created exactly when the unsplit code generator would create
// them) and puts their results where the markers were. A static address is only accepted when
// its constant encodes to as many bytes as at build time (the plan's rematerialisation choices
// depended on that size); otherwise the replay refuses and the compile falls back.
import type { InstData } from '../ir/function.js';
import type { FuncSig } from '../ir/function.js';
import type { Opcode } from '../ir/ops.js';
import { constSize, type WasmConst } from '../codegen/consts.js';
import type { FuncCtx } from '../codegen/func.js';
import type { FuncBuilder } from '../wasm/func.js';
import { FuncRef, GlobalRef, TableRef, TypeRef, type ValType } from '../wasm/types.js';

/** A constant instruction's op and immediate, as the artifact stores them (see encodeImm). */
export type ConstRef = [op: string, imm: string];

/** One FuncCtx call of the emitter, in order. */
export type CodeEvent =
  | ['callee', string]
  | ['global', string]
  | ['exc']
  | ['table', string]
  | ['indirect', number]
  | ['const', string, string, number];

export interface FrozenCode {
  /** The static constants the code generator lays out for this function before emitting any
   * code (its const.int / const.float / const.str instructions, in the order it visits them). */
  consts: ConstRef[];
  /** func.ref targets, in order (they get the function table's slots). */
  funcRefs: string[];
  /** Functions and WASI imports it calls (reachability in the code generator). */
  calls: string[];
  events: CodeEvent[];
  ops: number[];
  /** Immediates; a reference to event k is encoded as {e: k} (handle) or {n: k} (number). */
  imms: unknown[];
  localTypes: ValType[];
  localNames: [number, string][];
  ended: boolean;
}

/** Thrown when precompiled code cannot be placed in this program exactly as the unsplit code
 * generator would emit it; the driver then compiles without the precompiled runtime. */
export class LinkFallback extends Error {}

// ---- immediates of IR constants ----

export function encodeImm(imm: InstData['imm']): string {
  if (typeof imm === 'bigint') return `b${imm}`;
  if (typeof imm === 'number') {
    const v = new DataView(new ArrayBuffer(8));
    v.setFloat64(0, imm);
    return `f${v.getBigUint64(0).toString(16)}`;
  }
  if (typeof imm === 'string') return `s${imm}`;
  return 'u';
}

export function decodeImm(s: string): InstData['imm'] {
  switch (s[0]) {
    case 'b':
      return BigInt(s.slice(1));
    case 'f': {
      const v = new DataView(new ArrayBuffer(8));
      v.setBigUint64(0, BigInt(`0x${s.slice(1)}`));
      return v.getFloat64(0);
    }
    case 's':
      return s.slice(1);
    default:
      return undefined;
  }
}

export function constInst(op: string, imm: string): InstData {
  return { op: op as Opcode, args: [], imm: decodeImm(imm), result: undefined, targets: [], line: 0 };
}

/** The constants whose value is an address the program's static data decides. */
const RELOCATED = new Set(['const.int', 'const.float', 'const.str', 'heap.base']);

// Sentinels: values no real constant of runtime code takes (checked when recording).
const I64_MARK = -0x3a5f_0000_0000_0000n;
const I32_MARK = -0x3a5f_0000;
const MARKS = 0x10000;

/** A FuncCtx that records every call of the emitter and hands out markers. */
export class RecordingCtx implements FuncCtx {
  readonly events: CodeEvent[] = [];
  private readonly handles = new Map<object, number>();
  private readonly i64Marks = new Map<bigint, number>();
  private readonly i32Marks = new Map<number, number>();

  constructor(private readonly inner: FuncCtx) {}

  private event(e: CodeEvent): number {
    this.events.push(e);
    if (this.events.length >= MARKS) throw new Error('link: too many relocations in one function');
    return this.events.length - 1;
  }

  private handle<T extends object>(e: CodeEvent, h: T): T {
    const k = this.event(e);
    if (!this.handles.has(h)) this.handles.set(h, k);
    return h;
  }

  constOf(d: InstData): WasmConst {
    const c = this.inner.constOf(d);
    if (!RELOCATED.has(d.op) || (d.op === 'const.int' && c.op === 'i64.const' && (c.value & 1n) === 0n)) return c;
    const k = this.event(['const', d.op, encodeImm(d.imm), constSize(c)]);
    if (c.op === 'i64.const') {
      const v = I64_MARK - BigInt(k);
      this.i64Marks.set(v, k);
      return { op: 'i64.const', value: v };
    }
    const v = I32_MARK - k;
    this.i32Marks.set(v, k);
    return { op: 'i32.const', value: v };
  }
  callee(name: string): { ref: FuncRef; sig: FuncSig } {
    const r = this.inner.callee(name);
    return { ref: this.handle(['callee', name], r.ref), sig: r.sig };
  }
  global(name: string): GlobalRef {
    return this.handle(['global', name], this.inner.global(name));
  }
  exc(): GlobalRef {
    return this.handle(['exc'], this.inner.exc());
  }
  tableIndex(name: string): number {
    this.inner.tableIndex(name);
    const k = this.event(['table', name]);
    const v = I32_MARK - k;
    this.i32Marks.set(v, k);
    return v;
  }
  indirect(nparams: number): { table: TableRef; type: TypeRef } {
    const r = this.inner.indirect(nparams);
    const k = this.event(['indirect', nparams]);
    // Both handles come from this one event; replay asks for them again.
    this.handles.set(r.table, k);
    this.handles.set(r.type, k);
    return r;
  }

  /** The recorded code of the function emitted into `fb` through this context. */
  finish(fb: FuncBuilder, consts: ConstRef[], funcRefs: string[], calls: string[]): FrozenCode {
    const imms = fb.imms.map((x) => {
      if (x !== null && typeof x === 'object' && this.handles.has(x)) {
        const k = this.handles.get(x)!;
        return x instanceof TableRef ? { t: k } : x instanceof TypeRef ? { y: k } : { e: k };
      }
      if (typeof x === 'bigint') {
        if (this.i64Marks.has(x)) return { n: this.i64Marks.get(x)! };
        if (x <= I64_MARK && x > I64_MARK - BigInt(MARKS)) throw new Error(`link: ${fb.name} has a constant in the marker range`);
        return { b: x.toString() };
      }
      if (typeof x === 'number' && Number.isInteger(x)) {
        if (this.i32Marks.has(x)) return { n: this.i32Marks.get(x)! };
        if (x <= I32_MARK && x > I32_MARK - MARKS) throw new Error(`link: ${fb.name} has a constant in the marker range`);
        return x;
      }
      if (typeof x === 'number') return { d: encodeImm(x) };
      if (x instanceof FuncRef || x instanceof GlobalRef || x instanceof TableRef || x instanceof TypeRef) throw new Error(`link: ${fb.name} uses a handle the emitter did not get from its context`);
      return x; // null, value types, memargs ({align, offset}), label lists
    });
    return {
      consts,
      funcRefs,
      calls,
      events: this.events,
      ops: [...fb.ops],
      imms,
      localTypes: [...fb.localTypes],
      localNames: [...fb.localNames],
      ended: fb.ended,
    };
  }
}

/** Emits recorded code into `fb` through the program's FuncCtx. */
export function replay(code: FrozenCode, ctx: FuncCtx, fb: FuncBuilder): void {
  const results: unknown[] = new Array(code.events.length);
  const tables: unknown[] = new Array(code.events.length);
  for (let k = 0; k < code.events.length; k++) {
    const e = code.events[k];
    switch (e[0]) {
      case 'callee':
        results[k] = ctx.callee(e[1]).ref;
        break;
      case 'global':
        results[k] = ctx.global(e[1]);
        break;
      case 'exc':
        results[k] = ctx.exc();
        break;
      case 'table':
        results[k] = ctx.tableIndex(e[1]);
        break;
      case 'indirect': {
        const r = ctx.indirect(e[1]);
        tables[k] = r.table;
        results[k] = r.type;
        break;
      }
      case 'const': {
        const c = ctx.constOf(constInst(e[1], e[2]));
        if (constSize(c) !== e[3]) throw new LinkFallback(`the constant ${e[1]} of ${fb.name} has another size here`);
        results[k] = c.value;
        break;
      }
    }
  }
  for (const op of code.ops) fb.ops.push(op);
  for (const x of code.imms) {
    if (x !== null && typeof x === 'object' && !Array.isArray(x)) {
      const o = x as { e?: number; n?: number; t?: number; y?: number; b?: string; d?: string };
      if (o.e !== undefined) fb.imms.push(results[o.e]);
      else if (o.n !== undefined) fb.imms.push(results[o.n]);
      else if (o.t !== undefined) fb.imms.push(tables[o.t]);
      else if (o.y !== undefined) fb.imms.push(results[o.y]);
      else if (o.b !== undefined) fb.imms.push(BigInt(o.b));
      else if (o.d !== undefined) fb.imms.push(decodeImm(o.d));
      else fb.imms.push(x);
    } else fb.imms.push(x);
  }
  for (const t of code.localTypes) fb.localTypes.push(t);
  for (const [i, n] of code.localNames) fb.localNames.set(i, n);
  fb.ended = code.ended;
  // The recorded body passed validateBody when the runtime was built, and replay changes only
  // handles and constants of the same types: validating it again per program is wasted work.
  fb.prevalidated = true;
}
