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

function writeBlockType(w: ByteWriter, t: BlockType, ctx: EncodeContext): void {
  if (t === null) w.u8(0x40);
  else if (t instanceof TypeRef) w.sSafe(ctx.typeIndex(t)); // s33, always non-negative
  else w.u8(VALTYPE_BYTE[t]);
}

/** Writes the body of `f` (local declarations, instructions, final end) without its size. */
export function encodeBody(f: FuncBuilder, ctx: EncodeContext, w: ByteWriter): void {
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
    else w.bytes(info.bytes);
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
      case 'block':
        writeBlockType(w, imms[k++] as BlockType, ctx);
        break;
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
      case 'func': {
        const fr = imms[k++] as FuncRef;
        if (info.code === 0xd2) ctx.refFuncsInCode.add(fr);
        w.u32(ctx.funcIndex(fr));
        break;
      }
      case 'call_indirect':
        w.u32(ctx.typeIndex(imms[k++] as TypeRef));
        w.u32(ctx.tableIndex(imms[k++] as TableRef | undefined));
        break;
      case 'global':
        w.u32(ctx.globalIndex(imms[k++] as GlobalRef));
        break;
      case 'table':
        w.u32(ctx.tableIndex(imms[k++] as TableRef));
        break;
      case 'table_copy':
        w.u32(ctx.tableIndex(imms[k++] as TableRef));
        w.u32(ctx.tableIndex(imms[k++] as TableRef));
        break;
      case 'table_init': {
        const e = imms[k++] as ElemRef;
        const t = imms[k++] as TableRef | undefined;
        if (ctx.tableType(t) !== e.type) ctx.fail(`function '${f.name}': table.init: element and table types differ`);
        w.u32(ctx.elemIndex(e));
        w.u32(ctx.tableIndex(t));
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
        w.s32(imms[k++] as number);
        break;
      case 'i64':
        w.s64(imms[k++] as bigint);
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
