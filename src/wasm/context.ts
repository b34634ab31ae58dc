// The module's contents as plain data (what the section encoders read) and the EncodeContext
// that resolves handles to indices while `encode()` runs: imports take the low indices of each
// index space, then the defined items in the order they were added.

import type { FuncBuilder } from './func.js';
import {
  DataRef,
  ElemRef,
  FuncRef,
  GlobalRef,
  MemoryRef,
  TableRef,
  TypeRef,
  type ConstExpr,
  type Limits,
  type Owner,
  type RefType,
} from './types.js';

export type ImportDesc =
  | { kind: 'func'; ref: FuncRef }
  | { kind: 'table'; ref: TableRef; limits: Limits }
  | { kind: 'memory'; ref: MemoryRef; limits: Limits }
  | { kind: 'global'; ref: GlobalRef };

export interface ImportEntry {
  module: string;
  name: string;
  desc: ImportDesc;
}

export interface TableDef {
  ref: TableRef;
  limits: Limits;
}

export interface GlobalDef {
  ref: GlobalRef;
  init: ConstExpr;
}

export interface ExportEntry {
  name: string;
  ref: FuncRef | TableRef | MemoryRef | GlobalRef;
}

export interface ElemSegment {
  ref: ElemRef;
  mode: 'active' | 'passive' | 'declarative';
  table: TableRef | undefined; // active only; undefined = the first table
  offset: ConstExpr | undefined; // active only
  type: RefType;
  items: readonly (FuncRef | null)[];
}

export interface DataSegment {
  ref: DataRef;
  offset: ConstExpr | undefined; // undefined = passive
  bytes: Uint8Array;
}

export interface CustomSection {
  name: string;
  bytes: Uint8Array;
}

/** Everything the section encoders read. */
export interface ModuleParts {
  readonly owner: Owner;
  readonly types: readonly TypeRef[];
  readonly imports: readonly ImportEntry[];
  readonly funcs: readonly FuncBuilder[];
  readonly tables: readonly TableDef[];
  readonly memory: { ref: MemoryRef; limits: Limits } | undefined; // defined (not imported) memory
  readonly globals: readonly GlobalDef[];
  readonly exports: readonly ExportEntry[];
  readonly start: FuncRef | undefined;
  readonly elems: readonly ElemSegment[];
  readonly datas: readonly DataSegment[];
  readonly customs: readonly CustomSection[];
  readonly moduleName: string | undefined;
  readonly importedFuncNames: readonly string[]; // debug names of imported functions, by import position
}

export class EncodeContext {
  readonly numImportedFuncs: number;
  readonly numImportedGlobals: number;
  readonly numImportedTables: number;
  readonly hasMemory: boolean;
  readonly numTables: number;
  /** Functions named by ref.func inside function bodies (filled while encoding code). */
  readonly refFuncsInCode = new Set<FuncRef>();
  /** Set when a body uses memory.init or data.drop (needs the data count section). */
  needsDataCount = false;

  constructor(readonly parts: ModuleParts) {
    let f = 0;
    let g = 0;
    let t = 0;
    let m = false;
    for (const imp of parts.imports) {
      if (imp.desc.kind === 'func') f++;
      else if (imp.desc.kind === 'global') g++;
      else if (imp.desc.kind === 'table') t++;
      else m = true;
    }
    this.numImportedFuncs = f;
    this.numImportedGlobals = g;
    this.numImportedTables = t;
    this.hasMemory = m || parts.memory !== undefined;
    this.numTables = t + parts.tables.length;
  }

  fail(msg: string): never {
    throw new Error(`wasm builder: ${msg}`);
  }

  private own(h: { owner: Owner }, what: string): void {
    if (h.owner !== this.parts.owner) this.fail(`${what} belongs to another module builder`);
  }

  typeIndex(t: TypeRef): number {
    this.own(t, 'type');
    return t.index;
  }

  funcIndex(f: FuncRef): number {
    this.own(f, `function '${f.name}'`);
    return f.imported ? f.pos : this.numImportedFuncs + f.pos;
  }

  globalIndex(g: GlobalRef): number {
    this.own(g, 'global');
    return g.imported ? g.pos : this.numImportedGlobals + g.pos;
  }

  tableIndex(t: TableRef | undefined): number {
    if (t === undefined) {
      if (this.numTables === 0) this.fail('an instruction or segment uses table 0 but the module has no table');
      return 0;
    }
    this.own(t, 'table');
    return t.imported ? t.pos : this.numImportedTables + t.pos;
  }

  /** The element type of a table (undefined = table 0). */
  tableType(t: TableRef | undefined): RefType {
    if (t !== undefined) return t.type;
    const imp = this.parts.imports.find((i) => i.desc.kind === 'table');
    if (imp && imp.desc.kind === 'table') return imp.desc.ref.type;
    const def = this.parts.tables[0];
    if (!def) this.fail('no table');
    return def.ref.type;
  }

  elemIndex(e: ElemRef): number {
    this.own(e, 'element segment');
    return e.index;
  }

  dataIndex(d: DataRef): number {
    this.own(d, 'data segment');
    return d.index;
  }

  memoryIndex(m: MemoryRef): number {
    this.own(m, 'memory');
    return 0;
  }
}
