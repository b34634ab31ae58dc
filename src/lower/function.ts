// Lowering of one function body (or a module body) from the AST to SSA IR, through the
// FunctionBuilder only. Two modes:
//   untyped (user code): every value is a universal word (obj) and every Python operation is a
//     generic op (py.add, ...) followed by an exception check;
//   typed (stdlib runtime): annotations bind raw types (i32, i64, f64, obj); arithmetic on raw
//     values is machine arithmetic; __keel__ intrinsics become IR ops; no implicit checks.
import type * as ast from '../parse/ast.js';
import { nameErrorHint } from './suggest.js';
import { BUILTIN_NAMES } from './suggestdata.js';
import { ELLIPSIS } from '../parse/ast.js';
import { CompileError, diag } from '../diag/diagnostic.js';
import { FunctionBuilder } from '../ir/builder.js';
import { Func, type Block, type Value } from '../ir/function.js';
import { OPS, type Opcode } from '../ir/ops.js';
import type { IrType } from '../ir/types.js';
import { lowerMatch } from './match.js';
import { functionScope, isRebound, paramNames, namedExprTargets, nonImportBindings, patternNames, stmtBodies } from '../sema/scopes.js';
import type { FuncInfo, ModuleInfo } from './context.js';
import type { Intrinsic } from './intrinsics.js';
import { boundOtherwise, isMathModule, rtCall, rtCallPure, isIntLiteral, isRangeLoop, lowerAssign, lowerMathName, mathName, lowerAttribute, lowerAugAssign, lowerDelete, lowerForIter, lowerImport, lowerIn, lowerMethodCall, lowerSeqLiteral, lowerSubscript } from './containers.js';
import { lowerNameCall, MATH_CONSTANTS, printWriter } from './builtins.js';
import { moduleValue } from './modules.js';
import { globalName, readModuleGlobal, lowerSysCall, lowerImportFromStmt, lowerImportStmt, lowerModuleAttribute, moduleAliases, moduleAsValue, moduleFunction, moduleOf } from './imports.js';
import { attrValueOf, augOp, classNamed, lowerBuiltinName, lowerClassDef, lowerConstruct, resolve } from './classes.js';
import { lowerGeneratorExp, markEagerGenexp, type GenLowering } from './gen.js';
import { callValues, isBuiltinValue, lowerBuiltinValue, lowerFunctionDef, lowerLambda, lowerMathValue, lowerValueCall, starredArgs } from './callables.js';
import type { ScopeNode } from '../sema/scopes.js';
import { excClassName, excClassValue, lowerAssert, lowerExcCall, lowerRaise, lowerTry, lowerWith, type Region } from './exceptions.js';
import { RECURSION_LIMIT, RT_DEPTH, RT_RECURSION_LIMIT } from '../runtime/layout.js';
import { lowerDictDisplay, lowerSetDisplay } from './dicts.js';
import { lowerComprehension } from './comprehensions.js';
import { builderNames, escapeBuilder, lowerBuilderAdd, lowerBytesConstant, lowerJoinedStr } from './strings.js';

const BINOP: Record<ast.OperatorKind, string> = {
  Add: 'add', Sub: 'sub', Mult: 'mul', MatMult: 'matmul', Div: 'truediv', Mod: 'mod', Pow: 'pow',
  LShift: 'lshift', RShift: 'rshift', BitOr: 'or', BitXor: 'xor', BitAnd: 'and', FloorDiv: 'floordiv',
};
const RAW_BINOP: Partial<Record<ast.OperatorKind, string>> = {
  Add: 'add', Sub: 'sub', Mult: 'mul', FloorDiv: 'div_s', Mod: 'rem_s', BitAnd: 'and', BitOr: 'or',
  BitXor: 'xor', LShift: 'shl', RShift: 'shr_s',
};
const INPLACE: Partial<Record<ast.OperatorKind, Opcode>> = {
  BitOr: 'py.ior', BitAnd: 'py.iand', BitXor: 'py.ixor', Sub: 'py.isub', Add: 'py.iadd', Mult: 'py.imul',
  Div: 'py.itruediv', FloorDiv: 'py.ifloordiv', Mod: 'py.imod', Pow: 'py.ipow', LShift: 'py.ilshift', RShift: 'py.irshift',
};
const F64_BINOP: Partial<Record<ast.OperatorKind, string>> = { Add: 'add', Sub: 'sub', Mult: 'mul', Div: 'div' };
const CMP: Partial<Record<ast.CmpOpKind, string>> = { Eq: 'eq', NotEq: 'ne', Lt: 'lt', LtE: 'le', Gt: 'gt', GtE: 'ge' };
const RAW_CMP: Partial<Record<ast.CmpOpKind, string>> = { Eq: 'eq', NotEq: 'ne', Lt: 'lt_s', LtE: 'le_s', Gt: 'gt_s', GtE: 'ge_s' };

export interface LoopTargets {
  brk: Block;
  cont: Block;
  /** fl.regions.length at the loop: break and continue leave the try regions above it. */
  depth: number;
}

export class FunctionLowering {
  readonly b: FunctionBuilder;
  readonly locals: Set<string>;
  private readonly declaredGlobals: Set<string>;
  /** Set while lowering a generator's resume function (src/lower/gen.ts). */
  gen: GenLowering | undefined;
  /** Hidden names of inlined generator expressions' variables, innermost last (gen.ts). */
  readonly renames: Map<string, string>[] = [];
  readonly loops: LoopTargets[] = [];
  /** The try regions around the code being lowered, innermost last (exceptions.ts). */
  readonly regions: Region[] = [];
  private unwindBlock: Block | undefined;
  /** User functions: RT_DEPTH on entry, stored back on every return (RecursionError). */
  private entryDepth: Value | undefined;
  readonly typed: boolean;
  private readonly varTypes = new Map<string, IrType>();
  /** Locals that nested functions take (the variable holds a cell), and the free variables
   * this function takes from enclosing ones (the variable holds the cell from its closure). */
  private readonly cells: Set<string>;
  private readonly free: Set<string>;
  /** The module body: module-level functions whose def has run (calls need no NameError check). */
  readonly definedFuncs = new Set<string>();
  /** str variables grown by += (strings.ts builderNames): their reads go through rt_str_escape. */
  private builders: Set<string> = new Set();
  /** While a class body's expressions are lowered (classes.ts runClassBody): the class
   * attributes bound so far, which its names read before globals. */
  classBody: Map<string, Value> | undefined;

  constructor(
    readonly module: ModuleInfo,
    readonly func: Func,
    /** The function being lowered, or undefined for the module body. */
    readonly info: FuncInfo | undefined,
    private readonly lookup: (name: string, from: ModuleInfo) => FuncInfo | Intrinsic | undefined,
  ) {
    this.b = new FunctionBuilder(func);
    this.typed = module.typed;
    // User functions lowered elsewhere (methods, classes.ts) find their scope by node.
    const scope = info?.scope ?? (info && !module.typed ? module.scopes?.get(info.node) : undefined);
    this.cells = new Set(scope?.cells ?? []);
    this.free = new Set(scope?.free ?? []);
    if (scope) {
      this.locals = scope.locals;
      this.declaredGlobals = scope.globals;
    } else if (info) {
      const scope = functionScope(info.node as ast.FunctionDef);
      this.locals = scope.locals;
      this.declaredGlobals = scope.globals;
    } else {
      this.locals = new Set();
      this.declaredGlobals = new Set();
    }
  }

  error(node: ast.Located, message: string): never {
    throw new CompileError([diag('K301', this.module.file, { line: node.lineno, col: node.col_offset + 1 }, message)]);
  }

  unsupported(node: ast.Located, what: string): never {
    throw new CompileError([diag('K300', this.module.file, { line: node.lineno, col: node.col_offset + 1 }, what)]);
  }

  // ---- the function as a whole ----------------------------------------------------------------

  /** A FunctionLowering for a function nested in this one (same module and lookup). */
  child(func: Func, info: FuncInfo): FunctionLowering {
    return new FunctionLowering(this.module, func, info, this.lookup);
  }

  lowerBody(body: ast.stmt[]): void {
    this.builders = builderNames(this, body);
    // A variable held in a cell is shared with nested functions: never appended in place.
    for (const c of [...this.cells, ...this.free]) this.builders.delete(c);
    const entry = this.b.newBlock();
    this.b.switchTo(entry);
    // The code of a function object takes the object first (env: its closure is there).
    const env = this.info?.env ? this.func.addBlockParam(entry, 'obj') : undefined;
    const params = this.info?.params ?? [];
    const paramTypes = this.info?.paramTypes ?? [];
    // Local types: parameters, then annotations at first assignment (typed mode).
    params.forEach((p, i) => this.varTypes.set(p, paramTypes[i]));
    if (this.typed) this.collectAnnotations(body);
    for (const name of this.locals) {
      const t = this.varTypes.get(name) ?? 'obj';
      this.varTypes.set(name, t);
      this.b.declareVar(name, t);
    }
    params.forEach((p, i) => this.b.defVar(p, this.func.addBlockParam(entry, paramTypes[i])));
    // Every other local starts unbound (untyped) or zero (typed).
    for (const name of this.locals) {
      if (params.includes(name)) continue;
      this.b.defVar(name, this.unboundValue(this.varTypes.get(name)!));
    }
    // Cell variables hold their cell (a parameter's starts with the argument); free variables
    // hold the cell of the closure.
    for (const name of this.cells) this.b.defVar(name, this.b.emit('call', [this.b.useVar(name)], 'rt_cell_new', 'obj'));
    [...this.free].forEach((name, k) => {
      this.b.declareVar(name, 'obj');
      this.b.defVar(name, this.b.emit('call', [env!, this.b.emit('const.i32', [], BigInt(k))], 'rt_func_cell', 'obj'));
    });
    this.b.seal(entry);
    if (!this.typed && this.info) this.enterDepth(this.info.node);
    this.stmts(body);
    if (!this.b.terminated) {
      this.b.setLine(0);
      this.ret(this.defaultReturn());
    }
    this.b.sealAll();
  }

  private collectAnnotations(body: ast.stmt[]): void {
    const walk = (stmts: ast.stmt[]) => {
      for (const s of stmts) {
        if (s._type === 'AnnAssign' && s.target._type === 'Name' && !this.varTypes.has(s.target.id)) {
          this.varTypes.set(s.target.id, this.typeFromAnnotation(s.annotation));
        }
        if (s._type === 'If' || s._type === 'While' || s._type === 'For') {
          walk(s.body);
          walk(s.orelse);
        }
      }
    };
    walk(body);
    for (const name of this.locals) {
      if (!this.varTypes.has(name)) {
        if (this.lookupName(name)) continue;
        this.varTypes.set(name, 'obj');
      }
    }
  }

  typeFromAnnotation(e: ast.expr | null): IrType {
    if (!e) return 'obj';
    if (e._type === 'Constant' && e.value === null) return 'obj';
    if (e._type === 'Name') {
      const i = this.lookupName(e.id);
      if (i && 'kind' in i && i.kind === 'type') return i.type;
    }
    return this.unsupported(e, `this annotation in runtime code (use i32, i64, f64 or obj)`);
  }

  unboundValue(t: IrType): Value {
    switch (t) {
      case 'obj':
        return this.b.emit('ptr.word', [this.b.emit('const.i32', [], 0n)]);
      case 'i64':
        return this.b.emit('const.i64', [], 0n);
      case 'i32':
        return this.b.emit('const.i32', [], 0n);
      case 'f64':
        return this.b.emit('const.f64', [], 0);
    }
  }

  private defaultReturn(): Value[] {
    const r = this.func.results[0];
    if (!r) return [];
    if (r === 'obj') return [this.b.emit('const.none')];
    return [this.unboundValue(r)];
  }

  private ret(values: Value[]): void {
    if (this.entryDepth !== undefined) this.b.emit('store.i32', [this.b.emit('const.i32', [], 0n), this.entryDepth], BigInt(RT_DEPTH));
    this.b.ret(values);
  }

  /** Counts this call in RT_DEPTH: RecursionError past CPython's limit (the module body counts
   * as one frame there, so a function may be at depth RECURSION_LIMIT - 1). */
  private enterDepth(node: ast.Located): void {
    const zero = this.b.emit('const.i32', [], 0n);
    const d = this.b.emit('load.i32', [zero], BigInt(RT_DEPTH));
    const n = this.b.emit('i32.add', [d, this.b.emit('const.i32', [], 1n)]);
    this.b.emit('store.i32', [zero, n], BigInt(RT_DEPTH));
    this.entryDepth = d;
    const deep = this.b.newBlock();
    const ok = this.b.newBlock();
    // After sys.setrecursionlimit the limit is RECURSION_LIMIT plus the word at
    // RT_RECURSION_LIMIT (stdlib/_rt/sys_rt.py); programs that never name it keep the constant.
    const over = this.module.program?.recursionLimitSet ? this.b.emit('i32.sub', [n, this.b.emit('load.i32', [zero], BigInt(RT_RECURSION_LIMIT))]) : n;
    this.b.br(this.b.emit('i32.ge_s', [over, this.b.emit('const.i32', [], BigInt(RECURSION_LIMIT))]), deep, ok);
    this.b.seal(deep);
    this.b.seal(ok);
    this.b.switchTo(deep);
    this.b.emit('call', [], 'rt_recursion_error', null);
    this.b.jump(this.getUnwind(), [this.b.emit('const.i64', [], BigInt(node.lineno))]);
    this.b.switchTo(ok);
  }

  lookupName(name: string): FuncInfo | Intrinsic | undefined {
    return this.lookup(name, this.module);
  }

  // ---- exceptions -------------------------------------------------------------------------------

  /** After an op that may raise (untyped code): continue, or unwind with this line. */
  check(line: number): void {
    if (this.typed) return;
    const ok = this.b.newBlock();
    const unwind = this.excTarget();
    const l = this.b.emit('const.i64', [], BigInt(line));
    this.b.checkExc(ok, unwind, [l]);
    this.b.seal(ok);
    this.b.switchTo(ok);
  }

  /** Where an exception raised here goes: the innermost try's landing block, or the unwind
   * block; either takes the line as its one parameter. */
  excTarget(): Block {
    const r = this.regions[this.regions.length - 1];
    return r ? r.handler : this.getUnwind();
  }

  /** The file and function name of this frame, as tracebacks show them. */
  frameNames(): [Value, Value] {
    return [this.b.emit('const.str', [], this.module.file), this.b.emit('const.str', [], this.info ? this.info.pyName : '<module>')];
  }

  /** Runs the cleanups of the try regions above `depth` (innermost first) as control leaves
   * them by return, break or continue; false when one of them ended the block itself. */
  leaveRegions(depth: number): boolean {
    const saved = [...this.regions];
    let ok = true;
    for (let i = saved.length - 1; i >= depth && ok; i--) {
      this.regions.length = i;
      saved[i].cleanup?.();
      ok = !this.b.terminated;
    }
    this.regions.length = 0;
    this.regions.push(...saved);
    return ok;
  }

  private getUnwind(): Block {
    if (this.unwindBlock !== undefined) return this.unwindBlock;
    const cur = this.b.block;
    const u = this.b.newBlock();
    const line = this.func.addBlockParam(u, 'i64');
    this.b.switchTo(u);
    const [file, name] = this.frameNames();
    this.b.emit('call', [file, name, line], 'rt_tb_add', null);
    this.ret(this.func.results.map((t) => this.unboundValue(t)));
    this.b.switchTo(cur);
    this.unwindBlock = u;
    return u;
  }

  /** Raises a built-in exception with a message (untyped code) and unwinds. */
  raise(node: ast.Located, cls: string, msg: string): void {
    const n = this.b.emit('const.str', [], cls);
    const m = this.b.emit('const.str', [], msg);
    this.b.emit('call', [n, m], 'rt_raise', null);
    const l = this.b.emit('const.i64', [], BigInt(node.lineno));
    this.b.jump(this.excTarget(), [l]);
  }

  // ---- statements ---------------------------------------------------------------------------------

  stmts(list: ast.stmt[]): void {
    for (const s of list) {
      if (this.b.terminated) return; // dead code after return/break/continue
      this.stmt(s);
    }
  }

  private stmt(s: ast.stmt): void {
    this.b.setLine(s.lineno);
    switch (s._type) {
      case 'Expr':
        if (s.value._type === 'Constant' && typeof s.value.value === 'string') return; // docstring
        if (s.value._type === 'Constant' && s.value.value === ELLIPSIS) return; // `...` as a body
        this.expr(s.value);
        return;
      case 'Pass':
      case 'Global':
      case 'Nonlocal':
        return;
      case 'ClassDef':
        return lowerClassDef(this, s);
      case 'FunctionDef':
        if (this.typed) return;
        return lowerFunctionDef(this, s);
      case 'Import':
        if (!this.typed) {
          // `import math` is static, unless the function binds `math` otherwise too
          for (const a of s.names) if (a.name === 'math' && boundOtherwise(this, a.asname ?? 'math')) this.assign(importedName(a, a.asname ?? 'math'), moduleValue(this, 'math'));
          return lowerImportStmt(this, s);
        }
        return lowerImport(this, s);
      case 'Delete':
        return lowerDelete(this, s);
      case 'ImportFrom':
        if (!this.typed && s.module === 'math' && s.level === 0) {
          // static names, unless the function binds one otherwise too (`ceil = None`)
          for (const a of s.names) {
            const as = a.asname ?? a.name;
            if (a.name === '*' || !boundOtherwise(this, as)) continue;
            const c = MATH_CONSTANTS[a.name];
            this.assign(importedName(a, as), c !== undefined ? this.b.emit('const.float', [], c) : lowerMathValue(this, a, a.name));
          }
          return;
        }
        if (this.typed || s.module === '__future__' || (s.module === 'math' && s.level === 0)) return;
        return lowerImportFromStmt(this, s);
      case 'Assign':
        if (s.targets.length === 1 && s.targets[0]._type === 'Name') {
          const t = this.targetType(s.targets[0].id);
          this.assign(s.targets[0], this.expr(s.value, t));
          return;
        }
        return lowerAssign(this, s);
      case 'AnnAssign':
        if (s.target._type !== 'Name') {
          // `self.x: int = v` is `self.x = v`; without a value CPython still evaluates the
          // target's object (and subscript), then drops them.
          if (s.value) return lowerAssign(this, { ...s, _type: 'Assign', targets: [s.target], value: s.value, type_comment: null } as ast.Assign);
          if (s.target._type === 'Attribute' || s.target._type === 'Subscript') this.expr(s.target.value);
          if (s.target._type === 'Subscript') this.expr(s.target.slice);
          return;
        }
        if (s.value) this.assign(s.target, this.expr(s.value, this.targetType(s.target.id)));
        return;
      case 'AugAssign': {
        if (s.target._type !== 'Name') return lowerAugAssign(this, s);
        if (this.gen && this.isEnclosingLocal(s.target.id)) {
          // In a generator the value may hold a yield: evaluate it first (a local cannot change
          // while the generator is suspended, so reading it afterwards gives the same value).
          const val = this.expr(s.value);
          this.assign(s.target, augOp(this, s, this.name(s.target), val));
          return;
        }
        if (s.op._type === 'Add' && this.builders.has(s.target.id)) {
          // a str builder variable (strings.ts): appended in place when nothing else sees it
          const old = this.nameValue(s.target);
          this.assign(s.target, lowerBuilderAdd(this, s, old, this.expr(s.value)));
          return;
        }
        const cur = this.name(s.target);
        const rhs = this.expr(s.value, this.typed ? this.func.typeOf(cur) : 'obj');
        const v = this.typed ? this.binop(s, s.op._type, cur, rhs) : augOp(this, s, cur, rhs);
        this.assign(s.target, v);
        return;
      }
      case 'Return': {
        if (this.gen) return this.gen.returnValue(s.value ? this.expr(s.value) : this.b.emit('const.none'));
        const want = this.func.results[0];
        if (!want) {
          if (s.value) this.expr(s.value);
          if (this.leaveRegions(0)) this.ret([]);
        } else {
          const v = s.value ? this.expr(s.value, want) : this.defaultReturnValue(want);
          if (this.leaveRegions(0)) this.ret([v]);
        }
        return;
      }
      case 'If':
        return this.ifStmt(s);
      case 'Match':
        return lowerMatch(this, s);
      case 'While':
        return this.whileStmt(s);
      case 'For':
        return this.forStmt(s);
      case 'Break': {
        const loop = this.loops[this.loops.length - 1];
        if (this.leaveRegions(loop.depth)) this.b.jump(loop.brk);
        return;
      }
      case 'Continue': {
        const loop = this.loops[this.loops.length - 1];
        if (this.leaveRegions(loop.depth)) this.b.jump(loop.cont);
        return;
      }
      case 'Try':
        return lowerTry(this, s);
      case 'Raise':
        return lowerRaise(this, s);
      case 'Assert':
        return lowerAssert(this, s);
      case 'With':
        return lowerWith(this, s);
      default:
        return this.unsupported(s, `the ${s._type} statement`);
    }
  }

  private defaultReturnValue(t: IrType): Value {
    return t === 'obj' ? this.b.emit('const.none') : this.unboundValue(t);
  }

  private targetType(name: string): IrType | undefined {
    if (!this.typed) return 'obj';
    return this.varTypes.get(name);
  }

  private isGlobalName(name: string): boolean {
    return !this.info || this.declaredGlobals.has(name) || (!this.locals.has(name) && !this.free.has(name));
  }

  /** Whether `id` is held in a cell here (a cell variable or a free variable). */
  isCellVar(id: string): boolean {
    return this.renamed(id) === undefined && (this.cells.has(id) || this.free.has(id));
  }

  /** The cell of variable `name` for the closure of the nested function `inner`. */
  cellOf(inner: ScopeNode, name: string): Value {
    if (!this.cells.has(name) && !this.free.has(name)) throw new Error(`lower: ${name}, free in a nested function, is no cell of @${this.func.name}`);
    void inner;
    return this.b.useVar(name);
  }

  /** `locals()` (and `vars()`) in a function: a new dict of its bound variables in CPython's
   * order (the parameters as co_varnames has them, the other locals in the order the scope
   * analysis met them, then the cells that are no parameter, then the free variables); unbound
   * ones (the NULL_WORD sentinel) are left out by rt_locals_put. Undefined at module level and
   * in a class body, whose namespace is no dict here. */
  localsDict(): Value | undefined {
    if (!this.info || this.classBody || this.typed) return undefined;
    const params = paramNames((this.info.node as ast.FunctionDef).args);
    const names = [...params];
    for (const n of this.locals) if (!params.includes(n) && !this.cells.has(n)) names.push(n);
    for (const n of this.cells) if (!params.includes(n)) names.push(n);
    for (const n of this.free) if (!names.includes(n)) names.push(n);
    const d = this.b.emit('call', [], 'rt_dict_new', 'obj');
    for (const n of names) {
      if (this.declaredGlobals.has(n) || this.renamed(n) !== undefined) continue;
      let v = this.cells.has(n) || this.free.has(n) ? this.b.emit('call', [this.b.useVar(n)], 'rt_cell_get', 'obj') : this.b.useVar(n);
      if (this.builders.has(n)) v = escapeBuilder(this, v);
      this.b.emit('call', [d, this.b.emit('const.str', [], n), v], 'rt_locals_put', null);
    }
    return d;
  }

  /** Makes a variable unbound again (the name of `except E as name` after the handler). */
  unbind(target: ast.Name): void {
    this.assign(target, this.unboundValue('obj'));
  }

  assign(target: ast.Name, v: Value): void {
    const hidden = this.renamed(target.id);
    if (hidden !== undefined) {
      this.b.defVar(hidden, v);
      return;
    }
    if (this.cells.has(target.id) || this.free.has(target.id)) {
      this.b.emit('call', [this.b.useVar(target.id), v], 'rt_cell_set', null);
      return;
    }
    if (this.isGlobalName(target.id)) {
      if (this.func.typeOf(v) !== 'obj') this.error(target, 'a module-level variable must hold a Python object');
      this.b.emit('global.set', [v], globalName(this.module.name, target.id));
      return;
    }
    const t = this.varTypes.get(target.id);
    if (t && t !== this.func.typeOf(v)) this.error(target, `assigning a ${this.func.typeOf(v)} to ${target.id}, a ${t}`);
    this.b.defVar(target.id, v);
  }

  /** `del x`: x must be bound (the read raises UnboundLocalError or NameError as CPython's
   * del does), then it is unbound again (the sentinel NULL_WORD, which later reads test). */
  deleteName(t: ast.Name): void {
    const id = t.id;
    if (this.renamed(id) === undefined && !this.isEnclosingLocal(id) && (this.lookupName(id) || classNamed(this, id))) {
      return void this.unsupported(t, 'deleting a module-level function or class');
    }
    this.name({ ...t, ctx: { _type: 'Load' } } as ast.Name);
    const unbound = this.b.emit('ptr.word', [this.b.emit('const.i32', [], 0n)]);
    const hidden = this.renamed(id);
    if (hidden !== undefined) return void this.b.defVar(hidden, unbound);
    if (this.cells.has(id) || this.free.has(id)) return void this.b.emit('call', [this.b.useVar(id), unbound], 'rt_cell_set', null);
    if (this.isGlobalName(id)) return void this.b.emit('global.set', [unbound], globalName(this.module.name, id));
    this.b.defVar(id, unbound);
  }

  /** Branches on `test` to two new blocks; leaves the builder in the `then` block. */
  private diamond(test: ast.expr): { els: Block; join: Block } {
    const then = this.b.newBlock();
    const els = this.b.newBlock();
    const join = this.b.newBlock();
    this.branch(test, then, els);
    this.b.seal(then);
    this.b.seal(els);
    this.b.switchTo(then);
    return { els, join };
  }

  private ifStmt(s: ast.If): void {
    const { els, join } = this.diamond(s.test);
    this.stmts(s.body);
    if (!this.b.terminated) this.b.jump(join);
    this.b.switchTo(els);
    this.stmts(s.orelse);
    if (!this.b.terminated) this.b.jump(join);
    this.b.seal(join);
    this.b.switchTo(join);
    if (!this.hasPreds(join)) this.b.unreachable();
  }

  hasPreds(block: Block): boolean {
    return this.b.hasPreds(block);
  }

  private whileStmt(s: ast.While): void {
    const header = this.b.newBlock();
    const body = this.b.newBlock();
    const orelse = this.b.newBlock();
    const exit = this.b.newBlock();
    this.b.jump(header);
    this.enterLoop(s, header);
    this.branch(s.test, body, orelse);
    this.b.seal(body);
    this.b.seal(orelse);
    this.b.switchTo(body);
    this.loops.push({ brk: exit, cont: header, depth: this.regions.length });
    this.stmts(s.body);
    this.loops.pop();
    this.gen?.leaveLoop(s);
    if (!this.b.terminated) this.b.jump(header);
    this.b.seal(header);
    this.b.switchTo(orelse);
    this.stmts(s.orelse);
    if (!this.b.terminated) this.b.jump(exit);
    this.b.seal(exit);
    this.b.switchTo(exit);
    if (!this.hasPreds(exit)) this.b.unreachable();
  }

  /** `for x in range(...)` (other iterables come with the object model). */
  private forStmt(s: ast.For): void {
    const it = s.iter;
    if (it._type !== 'Call' || it.func._type !== 'Name' || it.func.id !== 'range' || this.lookupName('range') || it.keywords.length || it.args.length < 1 || it.args.length > 3 || !isRangeLoop(this, it)) {
      return lowerForIter(this, s);
    }
    if (s.target._type !== 'Name' || this.gen?.hasYield(s)) return lowerForIter(this, s);
    const t: IrType = this.typed ? this.varTypes.get(s.target.id) ?? 'i64' : 'obj';
    let start: Value, stop: Value, step: Value;
    let stepSign = 1;
    let upward: Value | undefined; // a step known only at run time: is it positive? (i32)
    const args = it.args.map((a) => this.expr(a, t));
    // range() takes ints, bools (as 0 and 1) and objects with __index__, converted in order.
    if (!this.typed) for (let i = 0; i < args.length; i++) if (!isIntLiteral(it.args[i])) args[i] = this.rangeArg(it.args[i], args[i]);
    if (args.length === 1) {
      start = this.constInt(0n, t);
      stop = args[0];
      step = this.constInt(1n, t);
    } else {
      start = args[0];
      stop = args[1];
      step = args[2] ?? this.constInt(1n, t);
      if (args.length === 3) {
        const st = it.args[2];
        const lit = st._type === 'Constant' ? st.value : st._type === 'UnaryOp' && st.op._type === 'USub' && st.operand._type === 'Constant' ? (typeof st.operand.value === 'bigint' ? -st.operand.value : undefined) : undefined;
        if (typeof lit !== 'bigint' && this.typed) return this.unsupported(st, 'a range() step that is not a constant');
        if (typeof lit !== 'bigint') upward = this.rangeStepSign(it, start, stop, step);
        else if (lit === 0n) {
          this.raise(st, 'ValueError', 'range() arg 3 must not be zero');
          const dead = this.b.newBlock();
          this.b.seal(dead);
          this.b.switchTo(dead);
          this.b.unreachable();
          return;
        }
        if (typeof lit === 'bigint') stepSign = lit > 0n ? 1 : -1;
      }
    }
    const header = this.b.newBlock();
    const body = this.b.newBlock();
    const orelse = this.b.newBlock();
    const exit = this.b.newBlock();
    const cont = this.b.newBlock();
    const counter = this.func.addBlockParam(header, t);
    this.b.jump(header, [start]);
    this.b.switchTo(header);
    if (upward) {
      // The step's sign picks the test: counter < stop going up, counter > stop going down.
      const up = this.b.newBlock();
      const down = this.b.newBlock();
      this.b.br(upward, up, down);
      for (const [blk, op] of [[up, 'Lt'], [down, 'Gt']] as const) {
        this.b.seal(blk);
        this.b.switchTo(blk);
        this.b.br(this.truth(s, this.compareValues(s, op, counter, stop)), body, orelse);
      }
    } else {
      const cmp = this.compareValues(s, stepSign > 0 ? 'Lt' : 'Gt', counter, stop);
      this.b.br(this.truth(s, cmp), body, orelse);
    }
    this.b.seal(body);
    this.b.seal(orelse);
    this.b.switchTo(body);
    this.assign(s.target, counter);
    this.loops.push({ brk: exit, cont, depth: this.regions.length });
    this.stmts(s.body);
    this.loops.pop();
    if (!this.b.terminated) this.b.jump(cont);
    this.b.seal(cont);
    this.b.switchTo(cont);
    const next = this.binop(s, 'Add', counter, step);
    this.b.jump(header, [next]);
    this.b.seal(header);
    this.b.switchTo(orelse);
    this.stmts(s.orelse);
    if (!this.b.terminated) this.b.jump(exit);
    this.b.seal(exit);
    this.b.switchTo(exit);
    if (!this.hasPreds(exit)) this.b.unreachable();
  }

  /**
   * `for x in range(a, b, s)` with a step that is not a literal (the three arguments already
   * converted by rangeArg): ValueError for a zero step, and returns whether the step is positive
   * (i32), which the loop header tests once per iteration (loop-invariant).
   */
  private rangeStepSign(it: ast.Call, start: Value, stop: Value, step: Value): Value {
    const zero = this.b.newBlock();
    const nonzero = this.b.newBlock();
    this.b.br(this.truth(it.args[2], this.compareValues(it.args[2], 'Eq', step, this.constInt(0n, 'obj'))), zero, nonzero);
    this.b.seal(zero);
    this.b.seal(nonzero);
    this.b.switchTo(zero);
    this.raise(it.args[2], 'ValueError', 'range() arg 3 must not be zero');
    this.b.switchTo(nonzero);
    return this.truth(it.args[2], this.compareValues(it.args[2], 'Gt', step, this.constInt(0n, 'obj')));
  }

  /** A range() argument as a plain int (rt_range_int: bools as 0 and 1, `__index__`);
   * TypeError otherwise, with CPython's message. */
  rangeArg(node: ast.expr, v: Value): Value {
    const r = this.b.emit('call', [v], 'rt_range_int', 'obj');
    this.check(node.lineno);
    return r;
  }

  private constInt(n: bigint, t: IrType): Value {
    if (t === 'i64') return this.b.emit('const.i64', [], n);
    if (t === 'i32') return this.b.emit('const.i32', [], n);
    if (t === 'f64') return this.b.emit('const.f64', [], Number(n));
    return this.b.emit('const.int', [], n);
  }

  // ---- conditions -------------------------------------------------------------------------------

  /** Evaluates `test` for its truth and branches. */
  branchTo(test: ast.expr, then: Block, els: Block): void {
    this.branch(test, then, els);
  }

  private branch(test: ast.expr, then: Block, els: Block): void {
    if (test._type === 'BoolOp') {
      const mid = this.b.newBlock();
      const isAnd = test.op._type === 'And';
      const [first, ...rest] = test.values;
      const restExpr: ast.expr = rest.length === 1 ? rest[0] : { ...test, values: rest };
      this.branch(first, isAnd ? mid : then, isAnd ? els : mid);
      this.b.seal(mid);
      this.b.switchTo(mid);
      this.branch(restExpr, then, els);
      return;
    }
    if (test._type === 'UnaryOp' && test.op._type === 'Not') return this.branch(test.operand, els, then);
    if (test._type === 'Constant' && typeof test.value === 'boolean') return this.b.br(this.b.emit('const.i32', [], test.value ? 1n : 0n), then, els);
    const c = this.truth(test, this.expr(test));
    this.b.br(c, then, els);
  }

  /** The i32 truth value of a value. */
  truth(node: ast.Located, v: Value): Value {
    switch (this.func.typeOf(v)) {
      case 'i32':
        return v;
      case 'i64':
        return this.b.emit('i64.ne', [v, this.b.emit('const.i64', [], 0n)]);
      case 'f64':
        return this.b.emit('f64.ne', [v, this.b.emit('const.f64', [], 0)]);
      case 'obj': {
        const r = this.b.emit('py.truth', [v]);
        this.check(node.lineno);
        return r;
      }
    }
  }

  // ---- expressions ------------------------------------------------------------------------------

  /** Lowers an expression; `want` is the type the context expects (typed mode literals). */
  expr(e: ast.expr, want?: IrType): Value {
    const v = this.exprInner(e, want);
    if (want && this.func.typeOf(v) !== want) {
      if (want === 'obj' && this.func.typeOf(v) === 'i32' && !this.typed) return this.b.emit('box.bool', [v]);
      this.error(e, `expected a value of type ${want}, got ${this.func.typeOf(v)}`);
    }
    return v;
  }

  private exprInner(e: ast.expr, want?: IrType): Value {
    this.b.setLine(e.lineno);
    switch (e._type) {
      case 'Constant':
        return this.constant(e, want);
      case 'Name':
        return this.name(e);
      case 'BinOp': {
        let l: Value, r: Value;
        if (e.left._type === 'Constant' && this.typed) {
          r = this.expr(e.right, want);
          l = this.expr(e.left, this.func.typeOf(r));
        } else {
          l = this.expr(e.left, want);
          r = this.expr(e.right, this.typed ? this.func.typeOf(l) : 'obj');
        }
        return this.binop(e, e.op._type, l, r);
      }
      case 'UnaryOp':
        return this.unary(e, want);
      case 'BoolOp':
        return this.boolop(e, want);
      case 'Compare':
        return this.compare(e);
      case 'IfExp': {
        const { els, join } = this.diamond(e.test);
        const a = this.expr(e.body, want);
        const t = this.func.typeOf(a);
        const p = this.func.addBlockParam(join, t);
        this.b.jump(join, [a]);
        this.b.switchTo(els);
        const c = this.expr(e.orelse, t);
        this.b.jump(join, [c]);
        this.b.seal(join);
        this.b.switchTo(join);
        return p;
      }
      case 'Call':
        return this.call(e, want);
      case 'Lambda':
        if (this.typed) return this.unsupported(e, 'lambda in runtime code');
        return lowerLambda(this, e);
      case 'List':
      case 'Tuple':
        return lowerSeqLiteral(this, e);
      case 'Subscript':
        return lowerSubscript(this, e);
      case 'Attribute':
        return (this.typed ? undefined : lowerModuleAttribute(this, e)) ?? lowerAttribute(this, e);
      case 'Yield':
        if (!this.gen) return this.unsupported(e, 'yield outside a generator function');
        return this.gen.lowerYield(e);
      case 'YieldFrom':
        if (!this.gen) return this.unsupported(e, 'yield outside a generator function');
        return this.gen.lowerYieldFrom(e);
      case 'GeneratorExp':
        return lowerGeneratorExp(this, e);
      case 'Dict':
        return lowerDictDisplay(this, e);
      case 'Set':
        return lowerSetDisplay(this, e);
      case 'ListComp':
      case 'SetComp':
      case 'DictComp':
        return lowerComprehension(this, e);
      case 'JoinedStr':
        return lowerJoinedStr(this, e);
      case 'NamedExpr':
        return this.namedExpr(e);
      default:
        return this.unsupported(e, `the ${e._type} expression`);
    }
  }

  private constant(e: ast.Constant, want?: IrType): Value {
    const v = e.value;
    if (typeof v === 'bigint') return this.constInt(v, this.typed && want ? want : 'obj');
    if (typeof v === 'boolean') {
      if (this.typed && want === 'i32') return this.b.emit('const.i32', [], v ? 1n : 0n);
      return this.b.emit('const.bool', [], v ? 1n : 0n);
    }
    if (v === null) return this.b.emit('const.none');
    if (typeof v === 'string') return this.b.emit('const.str', [], v);
    if (v instanceof Uint8Array && !this.typed) return lowerBytesConstant(this, v);
    if (typeof v === 'number') {
      if (this.typed && want === 'f64') return this.b.emit('const.f64', [], v);
      return this.b.emit('const.float', [], v);
    }
    if (v === ELLIPSIS && !this.typed) return rtCallPure(this, 'rt_ellipsis', []);
    return this.unsupported(e, 'this kind of constant');
  }

  /** `(x := v)`: v, also bound to x in this function (a comprehension's enclosing one). In a
   * lambda, a generator expression run as its own function, or a class body, x would belong to
   * another scope. */
  private namedExpr(e: ast.NamedExpr): Value {
    if (this.classBody || this.info?.node._type === 'Lambda' || this.info?.pyName === '<genexpr>') return this.unsupported(e, 'an assignment expression (:=) in a lambda, generator expression or class body');
    const v = this.expr(e.value);
    this.assign(e.target as ast.Name, v);
    return v;
  }

  name(e: ast.Name): Value {
    const v = this.nameValue(e);
    return this.builders.has(e.id) ? escapeBuilder(this, v) : v;
  }

  private nameValue(e: ast.Name): Value {
    const id = e.id;
    const attr = this.classBody?.get(id);
    if (attr !== undefined) return attr;
    const hidden = this.renamed(id);
    if (hidden !== undefined) {
      const v = this.b.useVar(hidden);
      if (!this.typed) this.checkBound(e, v);
      return v;
    }
    if (this.cells.has(id) || this.free.has(id)) {
      const v = this.b.emit('call', [this.b.useVar(id)], 'rt_cell_get', 'obj');
      const ok = this.b.newBlock();
      const bad = this.b.newBlock();
      this.b.br(this.b.emit('py.is', [v, this.b.emit('ptr.word', [this.b.emit('const.i32', [], 0n)])]), bad, ok);
      this.b.seal(bad);
      this.b.seal(ok);
      this.b.switchTo(bad);
      if (this.cells.has(id)) this.raise(e, 'UnboundLocalError', `cannot access local variable '${id}' where it is not associated with a value`);
      else this.raise(e, 'NameError', `cannot access free variable '${id}' where it is not associated with a value in enclosing scope`);
      this.b.switchTo(ok);
      return v;
    }
    // (before locals: `import json as j` in a function binds j statically, no variable)
    if (!this.typed && this.moduleAlias(id) !== undefined) return moduleAsValue(this, e);
    if (!this.typed && isMathModule(this, id)) return moduleValue(this, 'math'); // `m = math`
    // `from math import sqrt` in this function: the name is math's, bound statically
    if (!this.typed && this.locals.has(id) && mathName(this, id) !== undefined) return lowerMathName(this, e);
    if (this.info && this.locals.has(id) && !this.declaredGlobals.has(id)) {
      const v = this.b.useVar(id);
      if (!this.typed) this.checkBound(e, v);
      return v;
    }
    const known = this.lookupName(id);
    if (!known && !this.typed && mathName(this, id) !== undefined) return lowerMathName(this, e);
    if (known && 'kind' in known) {
      if (known.kind === 'const') {
        if (known.type === 'obj') return this.b.emit('ptr.word', [this.b.emit('const.i32', [], known.value - 1n)]);
        return this.constInt(known.value, known.type);
      }
      return this.unsupported(e, `using ${id} as a value`);
    }
    if (known && this.typed) return this.unsupported(e, 'functions as values');
    // A function imported from another module (`from m import f`): the object m's def bound.
    if (known && known.module !== this.module) return readModuleGlobal(this, e, known.module, known.pyName, () => `name '${id}' is not defined`, 'NameError');
    if (this.typed) return this.error(e, `name '${id}' is not defined`);
    const exc = excClassName(this, id);
    if (exc !== undefined) return excClassValue(this, exc);
    const builtin = lowerBuiltinName(this, id);
    if (builtin !== undefined) return builtin;
    // A builtin used as a value (`key=len`): a function object calling it.
    if (!this.typed && isBuiltinValue(id) && !this.module.facts?.bound.has(id) && !this.declaredGlobals.has(id)) return lowerBuiltinValue(this, id);
    // A builtin of CPython's that Keel does not have yet (memoryview, eval; not the module attributes __name__, __doc__...), where the module binds no such name.
    if (!id.startsWith('__') && !this.module.facts?.bound.has(id) && !this.declaredGlobals.has(id) && BUILTIN_NAMES.includes(id)) return this.unsupported(e, `the built-in ${id}`);
    // A module-level function's global holds its object once its def has run.
    const v = this.b.emit('global.get', [], globalName(this.module.name, id));
    this.module.globals.add(id);
    const ok = this.b.newBlock();
    const bad = this.b.newBlock();
    const isNull = this.b.emit('py.is', [v, this.b.emit('ptr.word', [this.b.emit('const.i32', [], 0n)])]);
    this.b.br(isNull, bad, ok);
    this.b.seal(bad);
    this.b.seal(ok);
    this.b.switchTo(bad);
    this.raiseNameError(e, id);
    this.b.switchTo(ok);
    return v;
  }

  /** `id` read where nothing binds it (a call of an unknown name): NameError, then dead code. */
  nameErrorValue(e: ast.Located, id: string): Value {
    this.raiseNameError(e, id);
    const dead = this.b.newBlock();
    this.b.seal(dead);
    this.b.switchTo(dead);
    return this.b.emit('ptr.word', [this.b.emit('const.i32', [], 0n)]);
  }

  /** NameError for the global `id`, with the suggestion CPython's traceback would print. */
  private raiseNameError(e: ast.Located, id: string): void {
    const globals = [...(this.module.facts?.bound ?? [])];
    const locals = this.info ? [...this.locals] : globals;
    const hint = nameErrorHint(id, locals, globals);
    // `x` in a method where self has an attribute x (CPython asks hasattr(self, 'x'))
    const k = this.info?.cls;
    const selfAttr = k && this.locals.has('self') && (k.slots.includes(id) || resolve(k, id) !== undefined);
    const name = selfAttr ? `self.${id}` : hint.name;
    let text = name !== undefined ? `. Did you mean: '${name}'?` : '';
    if (hint.stdlib) text += name !== undefined ? ` Or did you forget to import '${id}'?` : `. Did you forget to import '${id}'?`;
    const args = [this.b.emit('const.str', [], id), this.b.emit('const.str', [], text)];
    this.b.emit('call', args, 'rt_raise_name_error', null);
    this.b.jump(this.excTarget(), [this.b.emit('const.i64', [], BigInt(e.lineno))]);
  }

  /** UnboundLocalError when a local may be read before assignment. */
  private checkBound(e: ast.Name, v: Value): void {
    const def = this.func.valueDefs[v];
    // ptr.word: the unbound sentinel; frame.load: a local reloaded from a generator's frame.
    if (def.kind === 'inst' && this.func.insts[def.inst].op !== 'ptr.word' && this.func.insts[def.inst].op !== 'frame.load') return;
    if (def.kind === 'param' && def.block === this.func.entry) return;
    const ok = this.b.newBlock();
    const bad = this.b.newBlock();
    const isNull = this.b.emit('py.is', [v, this.b.emit('ptr.word', [this.b.emit('const.i32', [], 0n)])]);
    this.b.br(isNull, bad, ok);
    this.b.seal(bad);
    this.b.seal(ok);
    this.b.switchTo(bad);
    this.raise(e, 'UnboundLocalError', `cannot access local variable '${e.id}' where it is not associated with a value`);
    this.b.switchTo(ok);
  }

  /** `l op= r`: sets and dicts change in place for |= &= ^= -= (py.ior ...), lists and
   * bytearrays for += *= (py.iadd, py.imul); else as binop. */
  inplace(node: ast.Located, op: ast.OperatorKind, l: Value, r: Value): Value {
    const iop = INPLACE[op];
    if (op === 'MatMult' && !this.typed) return rtCall(this, node.lineno, 'rt_imatmul', [l, r]);
    if (!iop || this.typed) return this.binop(node, op, l, r);
    const v = this.b.emit(iop, [l, r]);
    this.check(node.lineno);
    return v;
  }

  binop(node: ast.Located, op: ast.OperatorKind, l: Value, r: Value): Value {
    const lt = this.func.typeOf(l);
    const rt = this.func.typeOf(r);
    if (op === 'MatMult') {
      // No built-in type defines @: the program's __matmul__/__rmatmul__ by name (stdlib/_rt/cls.py).
      if (this.typed) return this.unsupported(node, 'the @ operator in runtime code');
      return rtCall(this, node.lineno, 'rt_matmul', [l, r]);
    }
    if (lt === 'obj' && rt === 'obj') {
      const v = this.b.emit(`py.${BINOP[op]}` as Opcode, [l, r]);
      this.check(node.lineno);
      return v;
    }
    if (lt !== rt) return this.error(node, `operands of different types (${lt} and ${rt})`);
    if (lt === 'f64') {
      const fop = F64_BINOP[op];
      if (!fop) return this.unsupported(node, `${op} on f64 in runtime code`);
      return this.b.emit(`f64.${fop}` as Opcode, [l, r]);
    }
    const rop = RAW_BINOP[op];
    if (!rop || lt === 'obj') return this.unsupported(node, `${op} on ${lt}`);
    return this.b.emit(`${lt}.${rop}` as Opcode, [l, r]);
  }

  private unary(e: ast.UnaryOp, want?: IrType): Value {
    const op = e.op._type;
    if (op === 'Not') {
      const t = this.truth(e, this.expr(e.operand));
      const n = this.b.emit('i32.eqz', [t]);
      return this.typed ? n : this.b.emit('box.bool', [n]);
    }
    const v = this.expr(e.operand, want);
    const t = this.func.typeOf(v);
    if (t === 'obj') {
      const name = op === 'USub' ? 'py.neg' : op === 'UAdd' ? 'py.pos' : 'py.invert';
      const r = this.b.emit(name as Opcode, [v]);
      this.check(e.lineno);
      return r;
    }
    if (op === 'UAdd') return v;
    if (t === 'f64') {
      if (op === 'USub') return this.b.emit('f64.neg', [v]);
      return this.unsupported(e, '~ on f64');
    }
    if (op === 'USub') return this.b.emit(`${t}.sub` as Opcode, [this.constInt(0n, t), v]);
    return this.b.emit(`${t}.xor` as Opcode, [v, this.constInt(-1n, t)]);
  }

  private boolop(e: ast.BoolOp, want?: IrType): Value {
    const isAnd = e.op._type === 'And';
    const join = this.b.newBlock();
    let param: Value | undefined;
    e.values.forEach((ve, i) => {
      let v = this.expr(ve, param === undefined ? want : this.func.typeOf(param));
      if (this.typed && this.func.typeOf(v) === 'i64') v = this.truth(ve, v);
      if (param === undefined) param = this.func.addBlockParam(join, this.func.typeOf(v));
      if (i === e.values.length - 1) {
        this.b.jump(join, [v]);
        return;
      }
      const next = this.b.newBlock();
      const c = this.truth(ve, v);
      if (isAnd) this.b.br(c, next, join, [], [v]);
      else this.b.br(c, join, next, [v], []);
      this.b.seal(next);
      this.b.switchTo(next);
    });
    this.b.seal(join);
    this.b.switchTo(join);
    return param!;
  }

  private compare(e: ast.Compare): Value {
    // a < b < c  ==  a < b and b < c, with b evaluated once.
    let left = this.expr(e.left);
    if (e.ops.length === 1) {
      const right = this.expr(e.comparators[0], this.typed ? this.func.typeOf(left) : 'obj');
      return this.compareValues(e, e.ops[0]._type, left, right);
    }
    const join = this.b.newBlock();
    let param: Value | undefined;
    e.ops.forEach((op, i) => {
      const right = this.expr(e.comparators[i], this.typed ? this.func.typeOf(left) : 'obj');
      const r = this.compareValues(e, op._type, left, right);
      if (param === undefined) param = this.func.addBlockParam(join, this.func.typeOf(r));
      if (i === e.ops.length - 1) {
        this.b.jump(join, [r]);
        return;
      }
      const next = this.b.newBlock();
      this.b.br(this.truth(e, r), next, join, [], [r]);
      this.b.seal(next);
      this.b.switchTo(next);
      left = right;
    });
    this.b.seal(join);
    this.b.switchTo(join);
    return param!;
  }

  /** One comparison: an obj result (a bool) in untyped code, i32 0/1 on raw values. */
  compareValues(node: ast.Located, op: ast.CmpOpKind, l: Value, r: Value): Value {
    const lt = this.func.typeOf(l);
    if (op === 'Is' || op === 'IsNot') {
      let v = this.b.emit('py.is', [l, r]);
      if (op === 'IsNot') v = this.b.emit('i32.eqz', [v]);
      return this.typed ? v : this.b.emit('box.bool', [v]);
    }
    if (op === 'In' || op === 'NotIn') return lowerIn(this, node, op, l, r);
    if (lt === 'obj') {
      const name = CMP[op];
      if (!name) return this.unsupported(node, `the ${op} comparison`);
      const v = this.b.emit(`py.${name}` as Opcode, [l, r]);
      this.check(node.lineno);
      return v;
    }
    if (lt !== this.func.typeOf(r)) return this.error(node, `comparing ${lt} with ${this.func.typeOf(r)}`);
    if (lt === 'f64') {
      const name = CMP[op];
      return this.b.emit(`f64.${name}` as Opcode, [l, r]);
    }
    const name = RAW_CMP[op];
    if (!name) return this.unsupported(node, `the ${op} comparison on raw values`);
    return this.b.emit(`${lt}.${name}` as Opcode, [l, r]);
  }

  // ---- calls ------------------------------------------------------------------------------------

  private call(e: ast.Call, want?: IrType): Value {
    if (e.func._type === 'Attribute') {
      if (!this.typed && moduleOf(this, e.func.value) !== undefined) {
        const sys = lowerSysCall(this, e, e.func.attr);
        if (sys !== undefined) return sys;
        const mf = moduleFunction(this, e.func);
        if (mf) return this.directCall(e, mf);
        // m.C(...): a class of another module, or an instance there with __call__ (classes.ts)
        return lowerValueCall(this, e, this.expr(e.func));
      }
      return lowerMethodCall(this, e, e.func);
    }
    if (e.func._type !== 'Name') {
      if (this.typed) return this.unsupported(e.func, 'calling this kind of expression');
      return lowerValueCall(this, e, this.expr(e.func));
    }
    const id = e.func.id;
    if (!this.typed && !this.isLocal(id) && this.renamed(id) === undefined && !this.module.facts?.bound.has(id) && !this.declaredGlobals.has(id)) markEagerGenexp(e, id);
    // A local, a free variable or a module global that is not a known function: call its value.
    if (!this.typed && this.isLocal(id) && mathName(this, id) !== undefined) return lowerNameCall(this, e, id); // `from math import f` here
    if (!this.typed && (this.isLocal(id) || this.renamed(id) !== undefined)) return lowerValueCall(this, e, this.name(e.func));
    const known = this.lookupName(id);
    if (!known && !this.typed && id === 'print' && !this.isLocal(id)) return this.print(e);
    const cls = known ? undefined : classNamed(this, id);
    if (cls) return lowerConstruct(this, e, cls);
    if (!known && !this.typed) {
      const exc = excClassName(this, id);
      if (exc !== undefined) return lowerExcCall(this, e, exc, id);
    }
    if (!known && !this.typed && mathName(this, id) === undefined && (this.module.facts?.bound.has(id) || this.declaredGlobals.has(id))) {
      return lowerValueCall(this, e, this.name(e.func));
    }
    if (!known && !this.typed) return lowerNameCall(this, e, id);
    if (!known) return this.unsupported(e.func, `calling ${id}`);
    if ('kind' in known) return this.intrinsicCall(e, known);
    return this.directCall(e, known);
  }

  private aliases: Map<string, string> | undefined;

  /** The module a plain name statically stands for in this scope (`import m`), if any. */
  moduleAlias(id: string): string | undefined {
    const prog = this.module.program;
    if (!prog || this.typed) return undefined;
    if (this.info && this.locals.has(id) && !this.declaredGlobals.has(id)) {
      if (this.info.node._type !== 'FunctionDef') return undefined; // a lambda binds no module names
      this.aliases ??= moduleAliases(this.module, this.info.node.body, nonImportBindings(this.info.node), prog.moduleNames);
      return this.aliases.get(id);
    }
    return this.module.moduleAliases?.get(id);
  }

  isLocal(id: string): boolean {
    return !!this.info && ((this.locals.has(id) && !this.declaredGlobals.has(id)) || this.free.has(id));
  }

  /** The hidden variable an inlined generator expression's variable `id` stands for. */
  renamed(id: string): string | undefined {
    for (let i = this.renames.length - 1; i >= 0; i--) {
      const h = this.renames[i].get(id);
      if (h !== undefined) return h;
    }
    return undefined;
  }

  /** Whether `id` names a local variable of this function (not a global, not a builtin). */
  isEnclosingLocal(id: string): boolean {
    return this.renamed(id) !== undefined || (!!this.info && this.locals.has(id) && !this.declaredGlobals.has(id));
  }

  /** Why a local may hold another value later than now (so a copy of it could go stale), or
   * undefined when it is bound exactly once outside any loop (a parameter never reassigned). */
  rebindReason(id: string): string | undefined {
    if (this.renamed(id) !== undefined) return 'an enclosing comprehension rebinds';
    if (this.info && this.info.node._type === 'FunctionDef' && isRebound(this.info.node, id, this.info.params.includes(id))) return 'the function rebinds';
    return undefined;
  }

  /** The loop lowerings' way into a loop header (a generator's resume dispatch goes there). */
  enterLoop(s: ast.While | ast.For, header: Block): void {
    if (this.gen) this.gen.enterLoop(s, header);
    else this.b.switchTo(header);
  }

  private print(e: ast.Call): Value {
    let sep: ast.expr | undefined;
    let end: ast.expr | undefined;
    let file: ast.expr | undefined;
    let flush: ast.expr | undefined;
    for (const k of e.keywords) {
      if (k.arg === 'sep') sep = k.value;
      else if (k.arg === 'end') end = k.value;
      else if (k.arg === 'file') file = k.value;
      else if (k.arg === 'flush') flush = k.value;
      else return this.unsupported(k, `print(${k.arg ?? '**'}=...)`);
    }
    if (e.args.some((a) => a._type === 'Starred')) {
      // print(*xs): the arguments as one tuple, written by the runtime.
      if (file || flush) return this.unsupported(e, 'print(*args) with file= or flush=');
      const items = starredArgs(this, e.args, undefined);
      const sepS = sep ? this.expr(sep) : this.b.emit('const.none');
      const endS = end ? this.expr(end) : this.b.emit('const.none');
      this.b.emit('call', [items, sepS, endS], 'rt_print_star', null);
      this.check(e.lineno);
      return this.b.emit('const.none');
    }
    const args = e.args.map((a) => this.expr(a));
    const sepV = sep ? this.expr(sep) : undefined;
    const endV = end ? this.expr(end) : undefined;
    // print(file=f), or any print of a program that assigns sys.stdout: the output buffer is
    // pointed at f's stream for this call (stdlib/_rt/io.py), or, when f is no file object
    // (io.StringIO, a class with write()), f.write() is called for each piece.
    let fileV = file ? this.expr(file) : undefined;
    if (fileV === undefined && this.module.program?.stdoutAssigned) fileV = this.b.emit('const.none');
    const flushV = flush ? this.expr(flush) : undefined;
    const fd = fileV !== undefined ? this.b.emit('call', [fileV], 'rt_print_file_begin', 'obj') : undefined;
    let done: Block | undefined;
    if (fd !== undefined) {
      this.check(e.lineno);
      const isObj = this.b.emit('py.is', [fd, this.b.emit('const.none')]);
      const toObj = this.b.newBlock();
      const toFd = this.b.newBlock();
      done = this.b.newBlock();
      this.b.br(isObj, toObj, toFd);
      this.b.seal(toObj);
      this.b.seal(toFd);
      this.b.switchTo(toObj);
      this.printToObject(e, fileV!, args, sepV, endV, flushV);
      this.b.jump(done);
      this.b.switchTo(toFd);
    }
    args.forEach((a, i) => {
      if (i > 0) {
        if (sepV !== undefined) this.b.emit('call', [sepV], 'rt_print_sep_obj', null);
        else this.b.emit('call', [], 'rt_print_sep', null);
      }
      this.b.emit('call', [a], printWriter(this), null);
      this.check(e.lineno);
    });
    if (endV !== undefined) this.b.emit('call', [endV], 'rt_print_end_obj', null);
    else this.b.emit('call', [], 'rt_print_end', null);
    this.check(e.lineno);
    if (fd !== undefined) this.b.emit('call', [fd], 'rt_print_file_end', null);
    if (flushV !== undefined) {
      const t = this.truth(e, flushV);
      const yes = this.b.newBlock();
      const no = this.b.newBlock();
      this.b.br(t, yes, no);
      this.b.seal(yes);
      this.b.switchTo(yes);
      this.b.emit('call', [], 'rt_flush', null);
      this.b.jump(no);
      this.b.seal(no);
      this.b.switchTo(no);
    }
    if (done) {
      this.b.jump(done);
      this.b.seal(done);
      this.b.switchTo(done);
    }
    return this.b.emit('const.none');
  }

  /** print(..., file=f) where f is no file object: f.write(str(x)) for each argument, with the
   * separators and the end written the same way, then f.flush() when flush is true (CPython's
   * print through PyFile_WriteObject). */
  private printToObject(e: ast.Call, fileV: Value, args: Value[], sepV: Value | undefined, endV: Value | undefined, flushV: Value | undefined): void {
    const b = this.b;
    const line = e.lineno;
    const none = (): Value => b.emit('const.none');
    const sepS = rtCall(this, line, 'rt_print_piece', [sepV ?? none(), b.emit('const.str', [], ' '), b.emit('const.str', [], 'sep')]);
    const endS = rtCall(this, line, 'rt_print_piece', [endV ?? none(), b.emit('const.str', [], '\n'), b.emit('const.str', [], 'end')]);
    const target = rtCall(this, line, 'rt_print_target', [fileV]);
    const write = attrValueOf(this, e, target, 'write');
    args.forEach((a, i) => {
      if (i > 0) callValues(this, line, write, [sepS], []);
      callValues(this, line, write, [rtCall(this, line, 'rt_str_call', [a])], []);
    });
    callValues(this, line, write, [endS], []);
    if (flushV !== undefined) {
      const t = this.truth(e, flushV);
      const yes = b.newBlock();
      const no = b.newBlock();
      b.br(t, yes, no);
      b.seal(yes);
      b.switchTo(yes);
      callValues(this, line, attrValueOf(this, e, target, 'flush'), [], []);
      b.jump(no);
      b.seal(no);
      b.switchTo(no);
    }
  }

  private intrinsicCall(e: ast.Call, k: Intrinsic): Value {
    if (e.keywords.length) return this.unsupported(e, 'keyword arguments to intrinsics');
    if (k.kind === 'wasi') {
      const args = e.args.map((a, i) => this.expr(a, k.params[i]));
      return this.b.emit('call', args, `wasi.${k.name}`, k.result);
    }
    if (k.kind !== 'op') return this.unsupported(e, `calling ${k.kind}`);
    const info = OPS[k.op];
    let argTypes = info.args.filter((t) => t !== '...') as IrType[];
    let argNodes = e.args;
    // A variadic op (call_indirect(index, env, a1, ..., an)): the last operand type repeats.
    if (info.args[info.args.length - 1] === '...' && argNodes.length >= argTypes.length - 1) {
      const fixed = argTypes.slice(0, -1);
      const rep = argTypes[argTypes.length - 1];
      argTypes = [...fixed, ...Array(argNodes.length - fixed.length).fill(rep)];
    }
    let imm: bigint | undefined;
    if (info.imm === 'int') {
      // Memory ops take the constant offset second: load_i32(addr, off), store_i32(addr, off, v).
      const isMem = k.op.startsWith('load.') || k.op.startsWith('store.');
      const at = isMem ? 1 : argNodes.length - 1;
      const offNode = argNodes[at];
      if (!offNode) return this.error(e, `${k.op} needs a constant offset`);
      imm = this.constantValue(offNode);
      argNodes = argNodes.filter((_, i) => i !== at);
    }
    if (argNodes.length !== argTypes.length) return this.error(e, `${k.op} takes ${argTypes.length} operands, given ${argNodes.length}`);
    const args = argNodes.map((a, i) => this.expr(a, argTypes[i]));
    return this.b.emit(k.op, args, imm);
  }

  /** The value of a compile-time integer constant (a literal or a __keel__ constant). */
  private constantValue(e: ast.expr): bigint {
    if (e._type === 'Constant' && typeof e.value === 'bigint') return e.value;
    if (e._type === 'UnaryOp' && e.op._type === 'USub') return -this.constantValue(e.operand);
    if (e._type === 'Name') {
      const k = this.lookupName(e.id);
      if (k && 'kind' in k && k.kind === 'const') return k.value;
    }
    return this.error(e, 'an intrinsic offset must be a constant');
  }

  directCall(e: ast.Call, f: FuncInfo): Value {
    const user = !f.module.typed;
    // The name is looked up first: NameError when the def has not run yet (not needed for a
    // call in the function itself, or in the module body after the def).
    // f(*xs) and f(**d) bind at run time, through the object.
    if (user && (e.args.some((a) => a._type === 'Starred') || e.keywords.some((k) => k.arg === null))) return lowerValueCall(this, e, this.expr(e.func));
    let fobj: Value | undefined;
    if (user && e.func._type === 'Name' && f.module === this.module && this.info?.irName !== f.irName && !(!this.info && this.definedFuncs.has(f.pyName))) fobj = this.name(e.func);
    const n = f.params.length;
    const slots: (number | undefined)[] = new Array(n).fill(undefined);
    let problem: string | undefined;
    for (const a of e.args) if (a._type === 'Starred') return this.unsupported(a, 'calls with *args');
    if (e.args.length > n) {
      const least = n - f.defaults.length;
      const takes = least < n ? `from ${least} to ${n} positional arguments` : `${n} positional argument${n === 1 ? '' : 's'}`;
      problem = `${f.pyName}() takes ${takes} but ${e.args.length} ${e.args.length === 1 ? 'was' : 'were'} given`;
    }
    // Arguments in source order: positional, then keywords.
    const given: ast.expr[] = [...e.args, ...e.keywords.map((k) => k.value)];
    e.args.forEach((_, i) => {
      if (i < n) slots[i] = i;
    });
    e.keywords.forEach((k, j) => {
      if (k.arg === null) return this.unsupported(k, 'calls with **kwargs');
      const i = f.params.indexOf(k.arg);
      if (i < 0) problem ??= `${f.pyName}() got an unexpected keyword argument '${k.arg}'`;
      else if (slots[i] !== undefined) problem ??= `${f.pyName}() got multiple values for argument '${k.arg}'`;
      else slots[i] = e.args.length + j;
    });
    const firstDefault = n - f.defaults.length;
    const missing: string[] = [];
    slots.forEach((s, i) => {
      if (s === undefined && i < firstDefault) missing.push(f.params[i]);
    });
    if (missing.length) {
      const names = missing.map((m) => `'${m}'`);
      const list = names.length === 1 ? names[0] : names.length === 2 ? `${names[0]} and ${names[1]}` : names.slice(0, -1).join(', ') + ', and ' + names[names.length - 1];
      problem ??= `${f.pyName}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${list}`;
    }
    if (problem !== undefined) {
      if (this.typed) return this.error(e, problem);
      // CPython raises this when the call runs: evaluate the arguments, then raise.
      for (const a of given) this.expr(a);
      this.raise(e, 'TypeError', problem);
      const dead = this.b.newBlock();
      this.b.seal(dead);
      this.b.switchTo(dead);
      return this.unboundValue(f.result ?? 'obj');
    }
    const vals = given.map((a, k) => {
      const i = slots.indexOf(k);
      return this.expr(a, i >= 0 ? f.paramTypes[i] : undefined);
    });
    const args = slots.map((s, i) => {
      if (s !== undefined) return vals[s];
      const d = f.defaults[i - firstDefault];
      // A default made only of constants and operators on them (-3, 2 ** 8, (1, 2)) gives the
      // same immutable value each time: evaluated here. Any other was evaluated once, when the
      // def ran, into the function object's __defaults__.
      if (isConstantExpr(d)) return this.expr(d, f.paramTypes[i]);
      if (!user) return this.unsupported(d, 'default values that are not constants');
      fobj ??= this.b.emit('global.get', [], globalName(f.module.name, f.pyName));
      return this.b.emit('call', [fobj, this.b.emit('const.i32', [], BigInt(i - firstDefault))], 'rt_func_default', 'obj');
    });
    const v = this.b.emit('call', args, f.irName, f.result);
    // A runtime function called from Python code (stdlib/*.py's `from _rt import f`) may raise too.
    if (!this.typed) this.check(e.lineno);
    return v;
  }
}

/** An expression of constants and operators on them, with no names, calls or mutable values. */
function isConstantExpr(e: ast.expr): boolean {
  switch (e._type) {
    case 'Constant':
      return true;
    case 'UnaryOp':
      return isConstantExpr(e.operand);
    case 'BinOp':
      return isConstantExpr(e.left) && isConstantExpr(e.right);
    case 'Tuple':
      return e.elts.every(isConstantExpr);
    default:
      return false;
  }
}

/** The Name an import binds (`import a as x`: x at the alias). */
function importedName(at: ast.Located, id: string): ast.Name {
  return { _type: 'Name', id, ctx: { _type: 'Store' }, lineno: at.lineno, col_offset: at.col_offset, end_lineno: at.end_lineno, end_col_offset: at.end_col_offset } as ast.Name;
}
