// Value types, block types, memory arguments, constant expressions and the reference handles
// (TypeRef, FuncRef, GlobalRef, ...) that the module builder hands out. A handle is an identity
// plus what the builder needs to resolve it to an index when `encode()` runs, so items can be
// added in any order (e.g. an import after the functions that call it).

export type NumType = 'i32' | 'i64' | 'f32' | 'f64';
export type RefType = 'funcref' | 'externref';
export type ValType = NumType | 'v128' | RefType;
/** null = no params/results; a ValType = one result; a TypeRef = multi-value (params too). */
export type BlockType = null | ValType | TypeRef;

/** Memory immediate. `align` is log2 of the byte alignment (as in the binary format); it
 * defaults to the instruction's natural alignment and may not exceed it. */
export interface MemArg {
  align?: number;
  offset?: number;
}

export interface Limits {
  min: number;
  max?: number;
}

export const VALTYPE_BYTE: Readonly<Record<ValType, number>> = {
  i32: 0x7f,
  i64: 0x7e,
  f32: 0x7d,
  f64: 0x7c,
  v128: 0x7b,
  funcref: 0x70,
  externref: 0x6f,
};

export function isValType(t: unknown): t is ValType {
  return typeof t === 'string' && Object.prototype.hasOwnProperty.call(VALTYPE_BYTE, t);
}

export function isRefType(t: unknown): t is RefType {
  return t === 'funcref' || t === 'externref';
}

/** The identity of the builder that made a handle; compared, never inspected. */
export type Owner = object;

export class TypeRef {
  readonly kind = 'type' as const;
  constructor(
    readonly owner: Owner,
    /** Index in the type section: types are only ever appended, so it is final. */
    readonly index: number,
    readonly params: readonly ValType[],
    readonly results: readonly ValType[],
  ) {}
}

export class FuncRef {
  readonly kind = 'func' as const;
  constructor(
    readonly owner: Owner,
    readonly imported: boolean,
    /** Position among imported functions, or among defined functions. */
    readonly pos: number,
    readonly type: TypeRef,
    readonly name: string,
  ) {}
}

export class GlobalRef {
  readonly kind = 'global' as const;
  constructor(
    readonly owner: Owner,
    readonly imported: boolean,
    readonly pos: number,
    readonly type: ValType,
    readonly mutable: boolean,
    readonly name: string | undefined,
  ) {}
}

export class TableRef {
  readonly kind = 'table' as const;
  constructor(
    readonly owner: Owner,
    readonly imported: boolean,
    readonly pos: number,
    readonly type: RefType,
  ) {}
}

export class MemoryRef {
  readonly kind = 'memory' as const;
  constructor(
    readonly owner: Owner,
    readonly imported: boolean,
  ) {}
}

export class ElemRef {
  readonly kind = 'elem' as const;
  constructor(
    readonly owner: Owner,
    /** Index in the element section (no imports, so final). */
    readonly index: number,
    readonly type: RefType,
  ) {}
}

export class DataRef {
  readonly kind = 'data' as const;
  constructor(
    readonly owner: Owner,
    /** Index in the data section (no imports, so final). */
    readonly index: number,
  ) {}
}

export type ExternRef = FuncRef | TableRef | MemoryRef | GlobalRef;

/** A constant expression (global initialisers, segment offsets). */
export type ConstExpr =
  | { op: 'i32.const'; value: number }
  | { op: 'i64.const'; value: bigint }
  | { op: 'f32.const'; value: number }
  | { op: 'f64.const'; value: number }
  | { op: 'v128.const'; value: Uint8Array }
  | { op: 'ref.null'; type: RefType }
  | { op: 'ref.func'; func: FuncRef }
  | { op: 'global.get'; global: GlobalRef };

/** Shorthands for constant expressions. */
export const constExpr = {
  i32: (value: number): ConstExpr => ({ op: 'i32.const', value }),
  i64: (value: bigint): ConstExpr => ({ op: 'i64.const', value }),
  f32: (value: number): ConstExpr => ({ op: 'f32.const', value }),
  f64: (value: number): ConstExpr => ({ op: 'f64.const', value }),
  v128: (value: Uint8Array): ConstExpr => ({ op: 'v128.const', value }),
  refNull: (type: RefType): ConstExpr => ({ op: 'ref.null', type }),
  refFunc: (func: FuncRef): ConstExpr => ({ op: 'ref.func', func }),
  globalGet: (global: GlobalRef): ConstExpr => ({ op: 'global.get', global }),
} as const;
