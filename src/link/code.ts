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
import { TableRef, type FuncRef, type GlobalRef, type TypeRef } from '../wasm/types.js';
import { encodeBody, type BodyContext } from '../wasm/instr.js';
import { ByteWriter } from '../util/bytes.js';

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
  /** The encoded body (locals, instructions, final end; base64) without the immediates that
   * depend on the program (src/wasm/instr.ts EncodedBody). */
  body: string;
  /** Per left-out immediate: its position in the body, its RELOC_* kind and what it is:
   * 2k for event k's result, 2k + 1 for the table of event k (an `indirect`). */
  relocs: number[];
  localNames: [number, string][];
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
    const relocs: number[] = [];
    const w = new ByteWriter(1024);
    // Every handle in the body and every marker number becomes a hole; nothing else depends on
    // the program (a handle the emitter did not get from its context reaches HOLE_CTX and throws).
    encodeBody(fb, HOLE_CTX(fb.name), w, (kind, x, at) => {
      let k: number | undefined;
      if (typeof x === 'bigint') {
        k = this.i64Marks.get(x);
        if (k === undefined && x <= I64_MARK && x > I64_MARK - BigInt(MARKS)) throw new Error(`link: ${fb.name} has a constant in the marker range`);
      } else if (typeof x === 'number') {
        k = this.i32Marks.get(x);
        if (k === undefined && x <= I32_MARK && x > I32_MARK - MARKS) throw new Error(`link: ${fb.name} has a constant in the marker range`);
      } else if (x !== null && typeof x === 'object') k = this.handles.get(x);
      if (k === undefined) return false;
      relocs.push(at, kind, 2 * k + (x instanceof TableRef ? 1 : 0));
      return true;
    });
    return {
      consts,
      funcRefs,
      calls,
      events: this.events,
      body: Buffer.from(w.peek()).toString('base64'),
      relocs,
      localNames: [...fb.localNames],
    };
  }
}

/** The encoding context of a recorded body: every handle in it is a hole (RecordingCtx.finish). */
const HOLE_CTX = (name: string): BodyContext => {
  const fail = (msg: string): never => {
    throw new Error(`link: ${name} ${msg}`);
  };
  const foreign = (): never => fail('uses a handle the emitter did not get from its context');
  return {
    hasMemory: true,
    fail,
    refFuncsInCode: new Set(),
    needsDataCount: false,
    typeIndex: foreign,
    funcIndex: foreign,
    globalIndex: foreign,
    tableIndex: foreign,
    tableType: foreign,
    elemIndex: foreign,
    dataIndex: foreign,
  };
};

/** Emits recorded code into `fb` through the program's FuncCtx: the same calls in the same order,
 * whose results fill the holes of the recorded body when the module is encoded. */
export function replay(code: FrozenCode, ctx: FuncCtx, fb: FuncBuilder): void {
  // (FrozenCode.relocs: event k's result at 2k, its table at 2k + 1)
  const values: unknown[] = new Array(2 * code.events.length);
  for (let k = 0; k < code.events.length; k++) {
    const e = code.events[k];
    switch (e[0]) {
      case 'callee':
        values[2 * k] = ctx.callee(e[1]).ref;
        break;
      case 'global':
        values[2 * k] = ctx.global(e[1]);
        break;
      case 'exc':
        values[2 * k] = ctx.exc();
        break;
      case 'table':
        values[2 * k] = ctx.tableIndex(e[1]);
        break;
      case 'indirect': {
        const r = ctx.indirect(e[1]);
        values[2 * k] = r.type;
        values[2 * k + 1] = r.table;
        break;
      }
      case 'const': {
        const c = ctx.constOf(constInst(e[1], e[2]));
        if (constSize(c) !== e[3]) throw new LinkFallback(`the constant ${e[1]} of ${fb.name} has another size here`);
        values[2 * k] = c.value;
        break;
      }
    }
  }
  fb.encoded = { bytes: Buffer.from(code.body, 'base64'), relocs: code.relocs, values };
  for (const [i, n] of code.localNames) fb.localNames.set(i, n);
  // The recorded body passed validateBody when the runtime was built, and replay changes only
  // handles and constants of the same types: validating it again per program is wasted work.
  fb.prevalidated = true;
}
