// Public API of the WebAssembly encoder: the module and function builders, value types and
// handles, the opcode table, LEB128 helpers and the wabt-backed disassembler.

export { ModuleBuilder } from './module.js';
export type { DataOptions, ElemOptions, Features, FuncOptions, ModuleOptions, TableOptions } from './module.js';
export { FuncBuilder } from './func.js';
export type { EmitArgs, ImmArgs } from './func.js';
export { OPCODES, OPCODE_TABLE, opInfo } from './opcodes.js';
export type { ImmKind, ImmKindOf, OpInfo, OpName, StackSig } from './opcodes.js';
export {
  DataRef,
  ElemRef,
  FuncRef,
  GlobalRef,
  MemoryRef,
  TableRef,
  TypeRef,
  VALTYPE_BYTE,
  constExpr,
  isRefType,
  isValType,
} from './types.js';
export type { BlockType, ConstExpr, ExternRef, Limits, MemArg, NumType, RefType, ValType } from './types.js';
export { decodeS32, decodeS64, decodeU32, decodeU64, encodeS32, encodeS64, encodeU32, encodeU64 } from './leb128.js';
export { toWat } from './wat.js';
export type { ToWatOptions } from './wat.js';
