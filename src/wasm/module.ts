// ModuleBuilder: the typed builder for a whole WebAssembly 2.0 module and its binary encoder.
// Items are added in any order and referred to by handles; `encode()` resolves handles to
// indices (imports first in every index space), encodes each section into its own buffer and
// concatenates them. Misuse the builder can see is an Error at build time, never a bad module.
//
// Example (a WASI command that writes "hi\n" to stdout):
//
//   const mb = new ModuleBuilder();
//   const mem = mb.memory({ min: 1 });
//   mb.export('memory', mem);
//   mb.data(new TextEncoder().encode('hi\n'), { offset: 16 });
//   const main = mb.func('_start', [], []);
//   // the import can be added after the function that calls it; it still gets index 0
//   const fdWrite = mb.importFunc('wasi_snapshot_preview1', 'fd_write', ['i32', 'i32', 'i32', 'i32'], ['i32']);
//   const iov = main.local('i32', 'iov');
//   main.emit('i32.const', 0).emit('local.tee', iov)
//       .emit('i32.const', 16).emit('i32.store', { offset: 0 })             // iov.base = 16
//       .emit('local.get', iov).emit('i32.const', 3).emit('i32.store', { offset: 4 })  // iov.len = 3
//       .emit('i32.const', 1).emit('local.get', iov).emit('i32.const', 1).emit('i32.const', 8)
//       .emit('call', fdWrite).emit('drop')
//       .emit('end');
//   mb.export('_start', main.ref);
//   mb.moduleName('hello');
//   const bytes: Uint8Array = mb.encode();

import { ByteWriter } from '../util/bytes.js';
import {
  EncodeContext,
  type CustomSection,
  type DataSegment,
  type ElemSegment,
  type ExportEntry,
  type GlobalDef,
  type ImportEntry,
  type ModuleParts,
  type TableDef,
} from './context.js';
import { FuncBuilder } from './func.js';
import { checkConstExpr } from './instr.js';
import { validateBody } from './validate.js';
import { codeSection } from './sections/code.js';
import { dataSection } from './sections/data.js';
import { dataCountSection } from './sections/datacount.js';
import { elementSection } from './sections/element.js';
import { exportSection } from './sections/export.js';
import { functionSection } from './sections/function.js';
import { globalSection } from './sections/global.js';
import { importSection } from './sections/import.js';
import { memorySection } from './sections/memory.js';
import { nameSectionPayload } from './sections/name.js';
import { SECTION_ID, writeCustomSection, writeSection } from './sections/section.js';
import { startSection } from './sections/start.js';
import { tableSection } from './sections/table.js';
import { typeSection } from './sections/type.js';
import {
  DataRef,
  ElemRef,
  FuncRef,
  GlobalRef,
  MemoryRef,
  TableRef,
  TypeRef,
  isRefType,
  isValType,
  type ConstExpr,
  type ExternRef,
  type Limits,
  type RefType,
  type ValType,
} from './types.js';

export interface Features {
  /** Fixed-width SIMD (v128 and the 0xFD instructions). Off by default. */
  simd?: boolean;
}

export interface ModuleOptions {
  features?: Features;
  /** Type-check every function body's operand stack when encoding (default true). */
  validate?: boolean;
}

export interface FuncOptions {
  /** Names of the parameters, for the name section. */
  paramNames?: readonly (string | undefined)[];
}

export interface TableOptions extends Limits {
  /** Element type; funcref by default. */
  type?: RefType;
}

export interface ElemOptions {
  /** Makes the segment active at this offset (an i32 or an i32 constant expression). */
  offset?: number | ConstExpr;
  /** The table of an active segment; the first table by default. */
  table?: TableRef;
  /** Element type; funcref by default. */
  type?: RefType;
  /** Without an offset a segment is passive, or declarative with this flag. */
  declarative?: boolean;
}

export interface DataOptions {
  /** Makes the segment active at this offset (an i32 or an i32 constant expression). */
  offset?: number | ConstExpr;
}

const MAX_PAGES = 65536;
const MAX_TABLE = 2 ** 32 - 1;
const WASM_HEADER = Uint8Array.of(0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00);

export class ModuleBuilder {
  readonly simd: boolean;
  private readonly validateBodies: boolean;
  private readonly types: TypeRef[] = [];
  private readonly typeByKey = new Map<string, TypeRef>();
  private readonly imports: ImportEntry[] = [];
  private readonly importedFuncNames: string[] = [];
  private readonly funcs: FuncBuilder[] = [];
  private readonly tables: TableDef[] = [];
  private memoryDef: { ref: MemoryRef; limits: Limits } | undefined;
  private memoryRef: MemoryRef | undefined;
  private readonly globals: GlobalDef[] = [];
  private numImportedFuncs = 0;
  private numImportedGlobals = 0;
  private numImportedTables = 0;
  private readonly exports: ExportEntry[] = [];
  private readonly exportNames = new Set<string>();
  private startFunc: FuncRef | undefined;
  private readonly elems: ElemSegment[] = [];
  private readonly datas: DataSegment[] = [];
  private readonly customs: CustomSection[] = [];
  private modName: string | undefined;

  constructor(options: ModuleOptions = {}) {
    this.simd = options.features?.simd === true;
    this.validateBodies = options.validate !== false;
  }

  private fail(msg: string): never {
    throw new Error(`wasm builder: ${msg}`);
  }

  private checkValType(t: unknown, what: string): asserts t is ValType {
    if (!isValType(t)) this.fail(`${what}: not a value type: ${String(t)}`);
    if (t === 'v128' && !this.simd) this.fail(`${what}: v128 needs features.simd`);
  }

  private checkOwn(h: { owner: object } | undefined, cls: abstract new (...a: never[]) => object, what: string): void {
    if (!(h instanceof cls)) this.fail(`${what}: expected a ${cls.name}`);
    if (h.owner !== this) this.fail(`${what}: ${cls.name} belongs to another module builder`);
  }

  private checkLimits(l: Limits, max: number, what: string): Limits {
    if (typeof l !== 'object' || l === null) this.fail(`${what}: limits must be { min, max? }`);
    const ok = (v: number | undefined) => v === undefined || (Number.isInteger(v) && v >= 0 && v <= max);
    if (!ok(l.min) || l.min === undefined) this.fail(`${what}: min ${String(l.min)} is not in [0, ${max}]`);
    if (!ok(l.max)) this.fail(`${what}: max ${String(l.max)} is not in [0, ${max}]`);
    if (l.max !== undefined && l.max < l.min) this.fail(`${what}: max ${l.max} < min ${l.min}`);
    return l.max === undefined ? { min: l.min } : { min: l.min, max: l.max };
  }

  private offsetExpr(offset: number | ConstExpr, what: string): ConstExpr {
    const e: ConstExpr = typeof offset === 'number' ? { op: 'i32.const', value: offset } : offset;
    checkConstExpr(e, 'i32', what, this, this.simd);
    return e;
  }

  /** The function type params -> results; equal signatures share one TypeRef. */
  type(params: readonly ValType[], results: readonly ValType[]): TypeRef {
    if (!Array.isArray(params) || !Array.isArray(results)) this.fail('type: params and results must be arrays');
    for (const t of params) this.checkValType(t, 'type param');
    for (const t of results) this.checkValType(t, 'type result');
    const key = `${params.join(',')}>${results.join(',')}`;
    let t = this.typeByKey.get(key);
    if (t === undefined) {
      t = new TypeRef(this, this.types.length, Object.freeze(params.slice()), Object.freeze(results.slice()));
      this.types.push(t);
      this.typeByKey.set(key, t);
    }
    return t;
  }

  /** Imports a function. `debugName` (default: `name`) goes into the name section. */
  importFunc(module: string, name: string, params: readonly ValType[], results: readonly ValType[], debugName = name): FuncRef {
    const type = this.type(params, results);
    const ref = new FuncRef(this, true, this.numImportedFuncs++, type, debugName);
    this.imports.push({ module: String(module), name: String(name), desc: { kind: 'func', ref } });
    this.importedFuncNames.push(debugName);
    return ref;
  }

  importGlobal(module: string, name: string, type: ValType, opts: { mutable?: boolean } = {}): GlobalRef {
    this.checkValType(type, `import global ${module}.${name}`);
    const ref = new GlobalRef(this, true, this.numImportedGlobals++, type, opts.mutable === true, name);
    this.imports.push({ module: String(module), name: String(name), desc: { kind: 'global', ref } });
    return ref;
  }

  importMemory(module: string, name: string, limits: Limits): MemoryRef {
    if (this.memoryRef !== undefined) this.fail('a WebAssembly 2.0 module has at most one memory');
    const l = this.checkLimits(limits, MAX_PAGES, 'memory');
    this.memoryRef = new MemoryRef(this, true);
    this.imports.push({ module: String(module), name: String(name), desc: { kind: 'memory', ref: this.memoryRef, limits: l } });
    return this.memoryRef;
  }

  importTable(module: string, name: string, opts: TableOptions): TableRef {
    const type = opts.type ?? 'funcref';
    if (!isRefType(type)) this.fail(`table: ${String(type)} is not a reference type`);
    const l = this.checkLimits(opts, MAX_TABLE, 'table');
    const ref = new TableRef(this, true, this.numImportedTables++, type);
    this.imports.push({ module: String(module), name: String(name), desc: { kind: 'table', ref, limits: l } });
    return ref;
  }

  /** Defines a function; emit its body on the returned builder. */
  func(name: string, params: readonly ValType[], results: readonly ValType[], opts: FuncOptions = {}): FuncBuilder {
    const type = this.type(params, results);
    const ref = new FuncRef(this, false, this.funcs.length, type, String(name));
    const f = new FuncBuilder(this, ref, String(name), opts.paramNames);
    this.funcs.push(f);
    return f;
  }

  /** Defines the module's memory (limits in 64 KiB pages). */
  memory(limits: Limits): MemoryRef {
    if (this.memoryRef !== undefined) this.fail('a WebAssembly 2.0 module has at most one memory');
    const l = this.checkLimits(limits, MAX_PAGES, 'memory');
    this.memoryRef = new MemoryRef(this, false);
    this.memoryDef = { ref: this.memoryRef, limits: l };
    return this.memoryRef;
  }

  /** Defines a global. `init` is a constant of the global's type (a number, or a bigint for
   * i64) or a constant expression; `name` goes into the name section. */
  global(type: ValType, opts: { mutable?: boolean; name?: string }, init: number | bigint | ConstExpr): GlobalRef {
    this.checkValType(type, 'global');
    let e: ConstExpr;
    if (typeof init === 'number') {
      if (type === 'i32' || type === 'f32' || type === 'f64') e = { op: `${type}.const`, value: init } as ConstExpr;
      else this.fail(`global of type ${type}: a number initialiser needs type i32, f32 or f64`);
    } else if (typeof init === 'bigint') {
      if (type !== 'i64') this.fail(`global of type ${type}: a bigint initialiser needs type i64`);
      e = { op: 'i64.const', value: init };
    } else e = init;
    checkConstExpr(e, type, 'global initialiser', this, this.simd);
    const ref = new GlobalRef(this, false, this.globals.length, type, opts.mutable === true, opts.name);
    this.globals.push({ ref, init: e });
    return ref;
  }

  /** Defines a table (funcref by default). */
  table(opts: TableOptions): TableRef {
    const type = opts.type ?? 'funcref';
    if (!isRefType(type)) this.fail(`table: ${String(type)} is not a reference type`);
    const l = this.checkLimits(opts, MAX_TABLE, 'table');
    const ref = new TableRef(this, false, this.tables.length, type);
    this.tables.push({ ref, limits: l });
    return ref;
  }

  /** Adds an element segment: active when `offset` is given, else passive (or declarative).
   * Items are functions or null (a null reference). */
  elem(items: readonly (FuncRef | null)[], opts: ElemOptions = {}): ElemRef {
    const type = opts.type ?? 'funcref';
    if (!isRefType(type)) this.fail(`elem: ${String(type)} is not a reference type`);
    if (!Array.isArray(items)) this.fail('elem: items must be an array');
    for (const it of items) {
      if (it === null) continue;
      this.checkOwn(it, FuncRef, 'elem item');
      if (type !== 'funcref') this.fail(`elem: a function in a segment of ${type}`);
    }
    if (opts.table !== undefined) this.checkOwn(opts.table, TableRef, 'elem table');
    let mode: ElemSegment['mode'] = 'passive';
    let offset: ConstExpr | undefined;
    if (opts.offset !== undefined) {
      if (opts.declarative) this.fail('elem: a declarative segment has no offset');
      mode = 'active';
      offset = this.offsetExpr(opts.offset, 'elem offset');
      if (opts.table !== undefined && opts.table.type !== type) this.fail(`elem: segment of ${type} for a table of ${opts.table.type}`);
    } else if (opts.table !== undefined) this.fail('elem: a table needs an offset');
    else if (opts.declarative) mode = 'declarative';
    const ref = new ElemRef(this, this.elems.length, type);
    this.elems.push({ ref, mode, table: opts.table, offset, type, items: items.slice() });
    return ref;
  }

  /** Adds a data segment: active at `offset` in memory 0, or passive without one. */
  data(bytes: Uint8Array, opts: DataOptions = {}): DataRef {
    if (!(bytes instanceof Uint8Array)) this.fail('data: bytes must be a Uint8Array');
    const offset = opts.offset === undefined ? undefined : this.offsetExpr(opts.offset, 'data offset');
    const ref = new DataRef(this, this.datas.length);
    this.datas.push({ ref, offset, bytes: bytes.slice() });
    return ref;
  }

  /** Exports a function, table, memory or global under a unique name. */
  export(name: string, ref: ExternRef): void {
    if (this.exportNames.has(name)) this.fail(`duplicate export name '${name}'`);
    if (!(ref instanceof FuncRef || ref instanceof TableRef || ref instanceof MemoryRef || ref instanceof GlobalRef))
      this.fail(`export '${name}': not a function, table, memory or global handle`);
    if (ref.owner !== this) this.fail(`export '${name}': handle belongs to another module builder`);
    this.exportNames.add(name);
    this.exports.push({ name, ref });
  }

  /** Makes `f` (of type [] -> []) the start function. */
  start(f: FuncRef): void {
    this.checkOwn(f, FuncRef, 'start');
    if (f.type.params.length !== 0 || f.type.results.length !== 0) this.fail(`start function '${f.name}' must have type [] -> []`);
    this.startFunc = f;
  }

  /** Adds a custom section (written after the name section, in the order added). */
  custom(name: string, bytes: Uint8Array): void {
    if (name === 'name') this.fail(`custom section 'name' is written by the builder; use moduleName() and local names`);
    if (!(bytes instanceof Uint8Array)) this.fail('custom: bytes must be a Uint8Array');
    this.customs.push({ name, bytes: bytes.slice() });
  }

  /** Sets the module name (name section, subsection 0). */
  moduleName(name: string): void {
    this.modName = name;
  }

  /** The defined functions, in definition order. */
  functions(): readonly FuncBuilder[] {
    return this.funcs;
  }

  private parts(elems: readonly ElemSegment[]): ModuleParts {
    return {
      owner: this,
      types: this.types,
      imports: this.imports,
      funcs: this.funcs,
      tables: this.tables,
      memory: this.memoryDef,
      globals: this.globals,
      exports: this.exports,
      start: this.startFunc,
      elems,
      datas: this.datas,
      customs: this.customs,
      moduleName: this.modName,
      importedFuncNames: this.importedFuncNames,
    };
  }

  /** Encodes the module. The builder stays usable (encode again after adding more). */
  encode(): Uint8Array {
    let parts = this.parts(this.elems);
    const ctx = new EncodeContext(parts);
    if (this.validateBodies) for (const f of this.funcs) if (!f.prevalidated) validateBody(f, ctx);
    // Code first: it records ref.func targets and whether a data count section is needed.
    const code = codeSection(parts, ctx);

    // ref.func in a body needs its function declared outside bodies; declare the rest.
    const declared = new Set<FuncRef>();
    for (const e of this.elems) for (const it of e.items) if (it !== null) declared.add(it);
    for (const x of this.exports) if (x.ref instanceof FuncRef) declared.add(x.ref);
    for (const g of this.globals) if (g.init.op === 'ref.func') declared.add(g.init.func);
    const undeclared = [...ctx.refFuncsInCode].filter((f) => !declared.has(f));
    if (undeclared.length > 0) {
      const extra: ElemSegment = {
        ref: new ElemRef(this, this.elems.length, 'funcref'),
        mode: 'declarative',
        table: undefined,
        offset: undefined,
        type: 'funcref',
        items: undeclared,
      };
      parts = this.parts([...this.elems, extra]);
    }

    const out = new ByteWriter(code ? code.length + 1024 : 1024);
    out.bytes(WASM_HEADER);
    const put = (id: number, payload: ByteWriter | null) => {
      if (payload !== null) writeSection(out, id, payload);
    };
    put(SECTION_ID.type, typeSection(parts));
    put(SECTION_ID.import, importSection(parts, ctx));
    put(SECTION_ID.function, functionSection(parts, ctx));
    put(SECTION_ID.table, tableSection(parts));
    put(SECTION_ID.memory, memorySection(parts));
    put(SECTION_ID.global, globalSection(parts, ctx));
    put(SECTION_ID.export, exportSection(parts, ctx));
    put(SECTION_ID.start, startSection(parts, ctx));
    put(SECTION_ID.element, elementSection(parts.elems, ctx));
    put(SECTION_ID.datacount, dataCountSection(parts, ctx));
    put(SECTION_ID.code, code);
    put(SECTION_ID.data, dataSection(parts, ctx));
    const names = nameSectionPayload(parts, ctx);
    if (names !== null) {
      const p = new ByteWriter(names.length + 8);
      p.name('name');
      p.append(names);
      writeSection(out, SECTION_ID.custom, p);
    }
    for (const c of this.customs) writeCustomSection(out, c.name, c.bytes);
    return out.finish();
  }
}
