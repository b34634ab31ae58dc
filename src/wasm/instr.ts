// Instruction encoding: a function body (locals + instruction list) and constant expressions to
// bytes, resolving handles through the EncodeContext. Immediates were checked at emit time.

import type { ByteWriter } from '../util/bytes.js';
import type { EncodeContext } from './context.js';
import type { FuncBuilder } from './func.js';
import { OPCODES } from './opcodes.js';
import {
  TypeRef,
  VALTYPE_BYTE,
  type BlockType,
  type ConstExpr,
  type DataRef,
  type ElemRef,
  type FuncRef,
  type GlobalRef,
  type TableRef,
  type ValType,
} from './types.js';

export function writeValType(w: ByteWriter, t: ValType): void {
  w.u8(VALTYPE_BYTE[t]);
}

/** What encoding a body needs of its module (an EncodeContext). */
export type BodyContext = Pick<EncodeContext, 'hasMemory' | 'fail' | 'refFuncsInCode' | 'needsDataCount' | 'typeIndex' | 'funcIndex' | 'globalIndex' | 'tableIndex' | 'tableType' | 'elemIndex' | 'dataIndex'>;

// The immediates a pre-encoded body (EncodedBody) leaves out, by how each is written.
export const RELOC_FUNC = 0;
/** ref.func's function: also declared (EncodeContext.refFuncsInCode). */
export const RELOC_REF_FUNC = 1;
export const RELOC_GLOBAL = 2;
export const RELOC_TYPE = 3;
export const RELOC_BLOCK_TYPE = 4;
export const RELOC_TABLE = 5;
export const RELOC_I32 = 6;
export const RELOC_I64 = 7;

/**
 * A function body encoded once, without the immediates that depend on the module it goes into
 * (src/link: a precompiled function's code). `bytes` is the body as encodeBody writes it (locals,
 * instructions, final end) with those immediates left out; `relocs` holds a triple per immediate,
 * in order: its position in `bytes`, its RELOC_* kind and the index in `values` of the handle or
 * number to write there. Encoding it writes exactly the bytes encodeBody writes for the body.
 */
export interface EncodedBody {
  bytes: Uint8Array;
  relocs: readonly number[];
  values: readonly unknown[];
}

/** Called for each immediate of a relocatable kind while encoding: true leaves it out (at
 * position `at`). */
export type HoleSink = (kind: number, imm: unknown, at: number) => boolean;

function writeReloc(w: ByteWriter, kind: number, x: unknown, ctx: BodyContext): void {
  switch (kind) {
    case RELOC_FUNC:
      w.u32(ctx.funcIndex(x as FuncRef));
      break;
    case RELOC_REF_FUNC:
      ctx.refFuncsInCode.add(x as FuncRef);
      w.u32(ctx.funcIndex(x as FuncRef));
      break;
    case RELOC_GLOBAL:
      w.u32(ctx.globalIndex(x as GlobalRef));
      break;
    case RELOC_TYPE:
      w.u32(ctx.typeIndex(x as TypeRef));
      break;
    case RELOC_BLOCK_TYPE:
      writeBlockType(w, x as BlockType, ctx);
      break;
    case RELOC_TABLE:
      w.u32(ctx.tableIndex(x as TableRef | undefined));
      break;
    case RELOC_I32:
      w.s32(x as number);
      break;
    case RELOC_I64:
      w.s64(x as bigint);
      break;
    default:
      ctx.fail(`unknown relocation kind ${kind}`);
  }
}

/** Writes an immediate of a relocatable kind, unless `hole` leaves it out. */
function relocatable(w: ByteWriter, kind: number, x: unknown, ctx: BodyContext, hole: HoleSink | undefined): void {
  if (hole === undefined || !hole(kind, x, w.length)) writeReloc(w, kind, x, ctx);
}

function writeBlockType(w: ByteWriter, t: BlockType, ctx: BodyContext): void {
  if (t === null) w.u8(0x40);
  else if (t instanceof TypeRef) w.sSafe(ctx.typeIndex(t)); // s33, always non-negative
  else w.u8(VALTYPE_BYTE[t]);
}

/** Writes a pre-encoded body with this module's values in its holes. */
function encodePreEncoded(e: EncodedBody, ctx: BodyContext, w: ByteWriter): void {
  const { bytes, relocs, values } = e;
  let from = 0;
  for (let r = 0; r < relocs.length; r += 3) {
    const at = relocs[r];
    if (at > from) w.bytes(bytes.subarray(from, at));
    from = at;
    writeReloc(w, relocs[r + 1], values[relocs[r + 2]], ctx);
  }
  w.bytes(from === 0 ? bytes : bytes.subarray(from));
}

/**
 * Writes the body of `f` (local declarations, instructions, final end) without its size. With
 * `hole`, the handles and numbers it claims are left out (EncodedBody).
 */
export function encodeBody(f: FuncBuilder, ctx: BodyContext, w: ByteWriter, hole?: HoleSink): void {
  if (f.encoded) {
    if (!ctx.hasMemory) ctx.fail(`function '${f.name}': a pre-encoded body needs a memory, and the module has none`);
    return encodePreEncoded(f.encoded, ctx, w);
  }
  f.checkBalanced();
  // Locals: runs of equal types, as (count, type) pairs.
  const lt = f.localTypes;
  let runs = 0;
  for (let i = 0; i < lt.length; i++) if (i === 0 || lt[i] !== lt[i - 1]) runs++;
  w.u32(runs);
  for (let i = 0; i < lt.length; ) {
    let j = i + 1;
    while (j < lt.length && lt[j] === lt[i]) j++;
    w.u32(j - i);
    w.u8(VALTYPE_BYTE[lt[i]!]);
    i = j;
  }

  const ops = f.ops;
  const imms = f.imms;
  let k = 0;
  for (let i = 0; i < ops.length; i++) {
    const info = OPCODES[ops[i]!]!;
    if (info.prefix === 0) w.u8(info.code);
    else {
      w.u8(info.prefix);
      w.u32(info.code);
    }
    if (info.usesMemory && !ctx.hasMemory) ctx.fail(`function '${f.name}': '${info.name}' needs a memory, and the module has none`);
    switch (info.imm) {
      case 'none':
      case 'memory':
        if (info.imm === 'memory') w.u8(0x00);
        break;
      case 'memory_copy':
        w.u8(0x00);
        w.u8(0x00);
        break;
      case 'block': {
        const t = imms[k++] as BlockType;
        if (t instanceof TypeRef) relocatable(w, RELOC_BLOCK_TYPE, t, ctx, hole);
        else writeBlockType(w, t, ctx);
        break;
      }
      case 'label':
      case 'local':
      case 'lane':
        if (info.imm === 'lane') w.u8(imms[k++] as number);
        else w.u32(imms[k++] as number);
        break;
      case 'br_table': {
        const labels = imms[k++] as number[];
        w.u32(labels.length);
        for (const l of labels) w.u32(l);
        w.u32(imms[k++] as number);
        break;
      }
      case 'func':
        relocatable(w, info.code === 0xd2 ? RELOC_REF_FUNC : RELOC_FUNC, imms[k++], ctx, hole);
        break;
      case 'call_indirect':
        relocatable(w, RELOC_TYPE, imms[k++], ctx, hole);
        relocatable(w, RELOC_TABLE, imms[k++], ctx, hole);
        break;
      case 'global':
        relocatable(w, RELOC_GLOBAL, imms[k++], ctx, hole);
        break;
      case 'table':
        relocatable(w, RELOC_TABLE, imms[k++], ctx, hole);
        break;
      case 'table_copy':
        relocatable(w, RELOC_TABLE, imms[k++], ctx, hole);
        relocatable(w, RELOC_TABLE, imms[k++], ctx, hole);
        break;
      case 'table_init': {
        const e = imms[k++] as ElemRef;
        const t = imms[k++] as TableRef | undefined;
        if (ctx.tableType(t) !== e.type) ctx.fail(`function '${f.name}': table.init: element and table types differ`);
        w.u32(ctx.elemIndex(e));
        relocatable(w, RELOC_TABLE, t, ctx, hole);
        break;
      }
      case 'elem':
        w.u32(ctx.elemIndex(imms[k++] as ElemRef));
        break;
      case 'data':
        ctx.needsDataCount = true;
        w.u32(ctx.dataIndex(imms[k++] as DataRef));
        break;
      case 'memory_init':
        ctx.needsDataCount = true;
        w.u32(ctx.dataIndex(imms[k++] as DataRef));
        w.u8(0x00);
        break;
      case 'memarg':
        w.u32(imms[k++] as number);
        w.u32(imms[k++] as number);
        break;
      case 'memarg_lane':
        w.u32(imms[k++] as number);
        w.u32(imms[k++] as number);
        w.u8(imms[k++] as number);
        break;
      case 'i32':
        if (hole === undefined) w.s32(imms[k++] as number);
        else relocatable(w, RELOC_I32, imms[k++], ctx, hole);
        break;
      case 'i64':
        if (hole === undefined) w.s64(imms[k++] as bigint);
        else relocatable(w, RELOC_I64, imms[k++], ctx, hole);
        break;
      case 'f32':
        w.f32(imms[k++] as number);
        break;
      case 'f64':
        w.f64(imms[k++] as number);
        break;
      case 'v128':
        w.bytes(imms[k++] as Uint8Array);
        break;
      case 'shuffle':
        for (const l of imms[k++] as number[]) w.u8(l);
        break;
      case 'reftype':
        w.u8(VALTYPE_BYTE[imms[k++] as ValType]);
        break;
      case 'select_t': {
        const ts = imms[k++] as ValType[];
        w.u32(ts.length);
        for (const t of ts) w.u8(VALTYPE_BYTE[t]);
        break;
      }
    }
  }
  if (!f.ended) w.u8(0x0b);
}

/** The type a constant expression produces. */
export function constExprType(e: ConstExpr): ValType {
  switch (e.op) {
    case 'i32.const':
      return 'i32';
    case 'i64.const':
      return 'i64';
    case 'f32.const':
      return 'f32';
    case 'f64.const':
      return 'f64';
    case 'v128.const':
      return 'v128';
    case 'ref.null':
      return e.type;
    case 'ref.func':
      return 'funcref';
    case 'global.get':
      return e.global.type;
  }
}

/** Checks a constant expression against the WebAssembly 2.0 rules; throws with `what`. */
export function checkConstExpr(e: ConstExpr, expected: ValType, what: string, owner: object, simd: boolean): void {
  const bad = (m: string): never => {
    throw new Error(`wasm builder: ${what}: ${m}`);
  };
  if (typeof e !== 'object' || e === null) bad('not a constant expression');
  const t = constExprType(e);
  if (t === undefined) bad(`unknown constant expression op '${String((e as { op: unknown }).op)}'`);
  if (t !== expected) bad(`constant of type ${t} where ${expected} is expected`);
  switch (e.op) {
    case 'i32.const':
      if (!Number.isInteger(e.value) || e.value < -(2 ** 31) || e.value > 2 ** 32 - 1) bad(`${e.value} is not a 32-bit integer`);
      break;
    case 'i64.const':
      if (typeof e.value !== 'bigint' || e.value < -(2n ** 63n) || e.value > 2n ** 64n - 1n) bad(`${String(e.value)} is not a 64-bit bigint`);
      break;
    case 'f32.const':
    case 'f64.const':
      if (typeof e.value !== 'number') bad('not a number');
      break;
    case 'v128.const':
      if (!simd) bad('v128 needs features.simd');
      if (!(e.value instanceof Uint8Array) || e.value.length !== 16) bad('v128.const needs 16 bytes');
      break;
    case 'ref.func':
      if (e.func.owner !== owner) bad('function belongs to another module builder');
      break;
    case 'global.get':
      if (e.global.owner !== owner) bad('global belongs to another module builder');
      if (!e.global.imported || e.global.mutable) bad('global.get in a constant expression must name an immutable imported global');
      break;
    case 'ref.null':
      break;
  }
}

/** Writes a (checked) constant expression and its end. */
export function encodeConstExpr(e: ConstExpr, ctx: EncodeContext, w: ByteWriter): void {
  switch (e.op) {
    case 'i32.const':
      w.u8(0x41);
      w.s32(e.value | 0);
      break;
    case 'i64.const':
      w.u8(0x42);
      w.s64(BigInt.asIntN(64, e.value));
      break;
    case 'f32.const':
      w.u8(0x43);
      w.f32(e.value);
      break;
    case 'f64.const':
      w.u8(0x44);
      w.f64(e.value);
      break;
    case 'v128.const':
      w.u8(0xfd);
      w.u32(0x0c);
      w.bytes(e.value);
      break;
    case 'ref.null':
      w.u8(0xd0);
      w.u8(VALTYPE_BYTE[e.type]);
      break;
    case 'ref.func':
      w.u8(0xd2);
      w.u32(ctx.funcIndex(e.func));
      break;
    case 'global.get':
      w.u8(0x23);
      w.u32(ctx.globalIndex(e.global));
      break;
  }
  w.u8(0x0b);
}
