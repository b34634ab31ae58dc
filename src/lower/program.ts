// Lowers a whole program: the user's module plus the stdlib runtime modules it needs, into one
// IrModule with an `_start` that runs the module body, reports an uncaught exception, and
// flushes stdout.
import { forEachField } from '../parse/fields.js';
import type * as ast from '../parse/ast.js';
import { dropOverloadStubs } from './overloads.js';
import { bindFile } from './modfile.js';
import { CompileError, diag } from '../diag/diagnostic.js';
import { FunctionBuilder } from '../ir/builder.js';
import { Func, IrModule } from '../ir/function.js';
import type { IrType } from '../ir/types.js';
import type { FuncInfo, ModuleInfo, ProgramInfo } from './context.js';
import { FunctionLowering } from './function.js';
import { intrinsic, INTRINSIC_MODULE, type Intrinsic } from './intrinsics.js';
import { analyzeScopes, boundNames, moduleNonImportBindings, ScopeError } from '../sema/scopes.js';
import { globalName, moduleAliases, moduleFlagName, moduleInitName, SYS_NATIVE_ATTRS } from './imports.js';
import { importStatements, resolveRelative } from '../driver/modules.js';
import { moduleFacts } from './containers.js';
import { reachableFuncs } from '../passes/prune.js';
import { EXC_STR_BASE } from '../passes/excargs.js';
import { buildCallDispatcher, buildDunderDispatcher, buildMemberDispatcher, collectClasses, lowerMethods, recordClassNames, recordClassSlots, recordSpecialMethods } from './classes.js';
import { GenProgram, isGeneratorBody } from './gen.js';
import { expandNamedtuples } from './namedtuple.js';
import { rewriteBoundCalls } from './boundcalls.js';
import { rewriteInstanceDicts } from './instdict.js';
import { boundNames as namesBoundAnywhere } from './genericalias.js';
import { expandTotalOrdering } from './total_ordering.js';
import { mangleNames } from './mangle.js';
import { expandEnums } from './enum.js';
import { buildModuleDispatchers, mathValueNames, moduleValueCandidates } from './modules.js';
import type { Precompiled, RuntimeSignature } from '../link/artifact.js';
import { frozenFor, frozenFunc, loadBody, loweredBody, signatureDef } from '../link/frozen.js';
import { shadowingOf } from './shadowing.js';

export interface SourceModule {
  name: string;
  file: string;
  ast: ast.Module;
  /** stdlib runtime module (typed by annotations). */
  typed: boolean;
  /** A package's `__init__.py` (imported modules only). */
  isPackage?: boolean;
  /** The file's absolute path, the module's `__file__` (none: `__file__` is unbound). */
  path?: string;
  /** A runtime module as the precompiled runtime's signatures (src/link/frozen.ts
   * runtimeInterface), its AST empty: its functions' names (distinct), parameters and i32/i64/
   * f64/obj types, as checked when the artifact was built from the module's source. */
  signatures?: readonly RuntimeSignature[];
}

export const MAIN_INIT = '__main__.<module>';

/** A runtime function's FuncInfo made from its signature (SourceModule.signatures): its node, the
 * empty def that stands for it, is made only if asked for (a compile makes ~1400 of these). */
class SignatureFuncInfo implements FuncInfo {
  irName: string;
  pyName: string;
  params: string[];
  paramTypes: IrType[];
  result: IrType | null;
  defaults: ast.expr[] = [];
  private def: ast.FunctionDef | undefined;
  constructor(
    private readonly sig: RuntimeSignature,
    public module: ModuleInfo,
  ) {
    this.irName = this.pyName = sig[0];
    this.params = sig[1].map((p) => p[0]);
    this.paramTypes = sig[1].map((p) => p[1]);
    this.result = sig[2];
  }
  get node(): ast.FunctionDef {
    return (this.def ??= signatureDef(this.sig));
  }
}

export interface LowerOptions {
  /**
   * Lower runtime (typed stdlib) functions only when finishLowering finds them reachable;
   * until then they are bodiless. Without it every function is lowered here.
   */
  lazyRuntime?: boolean;
  /** With lazyRuntime: the precompiled runtime (src/link), whose lowered bodies of runtime
   * functions are used instead of lowering them (the runtime's ASTs may then be signatures only). */
  precompiled?: Precompiled;
}

/**
 * `user` is the main program (`__main__`); `imported` are the modules it imports, found by
 * src/driver/modules.ts (untyped like the main program); `stdlib` the typed runtime modules.
 */
export function lowerProgram(user: SourceModule, stdlib: SourceModule[], imported: SourceModule[] = [], opts: LowerOptions = {}): IrModule {
  // Each module after the modules it imports, so a class deriving from another module's class
  // (`class Color(Enum)` in a module found before enum) finds its base collected.
  imported = dependencyOrder(imported);
  const m = new IrModule();
  const modules = new Map<string, ModuleInfo>();
  const infos: ModuleInfo[] = [];
  const program: ProgramInfo = { modules: new Map(), moduleNames: new Set([user, ...imported].map((x) => x.name)) };
  // `P = namedtuple('P', 'x y')` becomes a class statement before classes are collected.
  // `@total_ordering` adds the comparison methods its class lacks (total_ordering.ts).
  for (const src of [...imported, user]) {
    dropOverloadStubs(src.ast); // @typing.overload stubs that a def of the same name follows
    bindFile(src); // `__file__`
    mangleNames(src); // `self.__x` in class C is `self._C__x` (mangle.ts)
    expandNamedtuples(src);
    expandTotalOrdering(src);
    expandEnums(src);
    rewriteBoundCalls(src.ast); // `append = xs.append; append(x)` (boundcalls.ts)
    rewriteInstanceDicts(src.file, src.ast, namesBoundAnywhere(src.ast)); // `self.__dict__.update(kw)`, `vars(x)` (instdict.ts)
  }
  // Functions whose object may be used (not only called by name), in any of the program's modules.
  const escaping = namesUsedAsValues([...imported, user].map((x) => x.ast));
  // A program that assigns __defaults__ or __kwdefaults__ calls every function through its
  // object: direct calls fill defaults from the def (constant ones at compile time).
  const defaultsAssigned = [...imported, user].some((x) => assignsAttr(x.ast, ['__defaults__', '__kwdefaults__']));
  // Modules that may be used as values (modules.ts): their functions need code for their objects.
  const valueCandidates = moduleValueCandidates([...imported, user], (mod) => importTargets(mod as SourceModule, program.moduleNames), program.moduleNames);
  // A program that assigns sys.stdout (io.StringIO, contextlib.redirect_stdout) prints through
  // whatever sys.stdout is (function.ts print); others write to the stdout buffer directly.
  // contextlib's redirect_stdout counts only in a program that names it.
  const all = [...imported, user];
  const redirects = all.some((x) => x.name !== 'contextlib' && mentions(x.ast, 'redirect_stdout'));
  program.stdoutAssigned = all.some((x) => (x.name !== 'contextlib' || redirects) && assignsAttr(x.ast, ['stdout']));
  program.shadowing = shadowingOf(all.map((x) => x.ast));
  // Only a program that names setrecursionlimit may change the recursion limit at run time.
  program.recursionLimitSet = all.some((x) => x.name !== '_keel_sys' && mentions(x.ast, 'setrecursionlimit'));
  for (const src of [...stdlib, ...imported, user]) {
    const info: ModuleInfo = { name: src.name, file: src.file, typed: src.typed, funcs: new Map(), imports: new Map(), globals: new Set() };
    if (!src.typed) {
      info.isPackage = src.isPackage ?? false;
      info.program = program;
      program.modules.set(src.name, info);
    }
    modules.set(src.name, info);
    infos.push(info);
    if (src.signatures) {
      // (the loop below, without its checks: they held when the artifact was built; the node, an
      // empty def, is made only if asked for)
      for (const sig of src.signatures) {
        const fi = new SignatureFuncInfo(sig, info);
        info.globals.add(fi.irName);
        info.funcs.set(fi.irName, fi);
        m.addFunc(new Func(fi.irName, fi.paramTypes, fi.result ? [fi.result] : []));
      }
      continue;
    }
    const { bound } = boundNames(src.ast.body);
    info.globals = bound;
    if (!src.typed) {
      info.facts = moduleFacts(src.ast);
      info.ir = m;
      try {
        info.scopes = analyzeScopes(src.ast);
      } catch (e) {
        if (!(e instanceof ScopeError)) throw e;
        if (e.unsupported) throw new CompileError([diag('K300', src.file, { line: e.node.lineno, col: e.node.col_offset + 1 }, e.message)]);
        throw new CompileError([diag('K200', src.file, { line: e.node.lineno, col: e.node.col_offset + 1 }, `SyntaxError: ${e.message}`)]);
      }
    }
    // Functions called directly: module-level defs bound exactly once. In user code, other defs
    // (rebound, decorated, with keyword-only, positional-only, * or ** parameters, nested) make
    // function objects when they run and are called through them (callables.ts).
    const defCount = new Map<string, number>();
    for (const s of src.ast.body) if (s._type === 'FunctionDef') defCount.set(s.name, (defCount.get(s.name) ?? 0) + 1);
    const rebound = assignedNames(src.ast.body);
    if (!src.typed) collectClasses(src, info, m);
    // A function that declares a module function's name global and binds it rebinds it.
    if (info.scopes) {
      for (const sc of info.scopes.values()) {
        if (sc.node._type !== 'FunctionDef') continue;
        const bound = boundNames(sc.node.body).bound;
        for (const g of sc.globals) if (bound.has(g)) rebound.add(g);
      }
    }
    src.ast.body.forEach((s, defIndex) => {
      if (s._type !== 'FunctionDef') return;
      if (!src.typed && (defCount.get(s.name)! > 1 || rebound.has(s.name) || !isDirectSignature(s) || defaultsAssigned)) return;
      if (defCount.get(s.name)! > 1 || rebound.has(s.name)) {
        throw new CompileError([diag('K300', src.file, { line: s.lineno, col: s.col_offset + 1 }, 'redefining or reassigning a function')]);
      }
      const lookupType = (e: ast.expr | null): IrType => annotationType(src, e);
      const a = s.args;
      if (a.vararg || a.kwarg || a.kwonlyargs.length || a.posonlyargs.length) {
        throw new CompileError([diag('K300', src.file, { line: s.lineno, col: s.col_offset + 1 }, '*args, **kwargs, keyword-only and positional-only parameters')]);
      }
      if (s.decorator_list.length) {
        const d = s.decorator_list[0];
        throw new CompileError([diag('K300', src.file, { line: d.lineno, col: d.col_offset + 1 }, 'decorators')]);
      }
      const result: IrType | null = src.typed ? (s.returns && s.returns._type === 'Constant' && s.returns.value === null ? null : lookupType(s.returns)) : 'obj';
      const fi: FuncInfo = {
        irName: src.typed ? s.name : `${src.name}.${s.name}`,
        pyName: s.name,
        node: s,
        params: a.args.map((p) => p.arg),
        paramTypes: a.args.map((p) => (src.typed ? lookupType(p.annotation) : 'obj')),
        result,
        defaults: a.defaults,
        module: info,
      };
      if (!src.typed) {
        fi.qualname = s.name;
        fi.scope = info.scopes!.get(s);
        fi.defIndex = defIndex;
        fi.escapes = escaping.has(s.name) || valueCandidates.has(src.name);
      }
      info.funcs.set(s.name, fi);
      m.addFunc(new Func(fi.irName, fi.paramTypes, result ? [result] : []));
    });
  }
  // Whether the program makes containers is a fact of the whole program (values cross modules).
  const anyContainers = infos.some((i) => i.facts?.containers);
  for (const i of infos) if (i.facts) i.facts.containers = anyContainers;
  // Imports: between the program's modules (imports.ts lowers the statements; here, the names
  // that statically stand for modules or for other modules' functions), and the runtime's.
  const srcByName = new Map([...stdlib, ...imported, user].map((s) => [s.name, s]));
  for (const info of infos) {
    const src = srcByName.get(info.name)!;
    if (!src.typed) {
      info.moduleAliases = moduleAliases(info, src.ast.body, moduleNonImportBindings(src.ast.body), program.moduleNames);
      continue;
    }
    for (const s of src.ast.body) {
      if (s._type === 'Import') {
        throw new CompileError([diag('K300', src.file, { line: s.lineno, col: s.col_offset + 1 }, 'import')]);
      }
      if (s._type !== 'ImportFrom') continue;
      for (const a of s.names) {
        const local = a.asname ?? a.name;
        let target: Intrinsic | FuncInfo | undefined;
        if (s.module === INTRINSIC_MODULE && src.typed) target = intrinsic(a.name);
        else if (src.typed && s.module) target = modules.get(s.module)?.funcs.get(a.name);
        if (!target) throw new CompileError([diag('K300', src.file, { line: a.lineno, col: a.col_offset + 1 }, `import of ${s.module ?? '.'}.${a.name}`)]);
        info.imports.set(local, target);
      }
    }
  }
  if (valueCandidates.size) {
    program.moduleAttrNames = new Set(SYS_NATIVE_ATTRS);
    for (const i of program.modules.values()) {
      if (!valueCandidates.has(i.name)) continue;
      for (const g of i.globals) program.moduleAttrNames.add(g);
      for (const g of i.funcs.keys()) program.moduleAttrNames.add(g);
      for (const g of i.imports.keys()) program.moduleAttrNames.add(g);
    }
    for (const n of program.moduleNames) program.moduleAttrNames.add(n.split('.').pop()!);
    if (valueCandidates.has('math')) for (const n of mathValueNames()) program.moduleAttrNames.add(n);
  }
  const runtimeFuncs = new Map<string, FuncInfo>();
  for (const i of infos) if (i.typed) for (const [n, f] of i.funcs) runtimeFuncs.set(n, f);
  // `from m import f` re-exported through packages: repeat until every chain is followed.
  for (let changed = true; changed; ) {
    changed = false;
    for (const info of infos) {
      if (info.typed) continue;
      for (const [local, target] of fromImportedFunctions(info, srcByName.get(info.name)!.ast.body, runtimeFuncs)) {
        if (info.imports.get(local) !== target) {
          info.imports.set(local, target);
          changed = true;
        }
      }
    }
  }
  // Function-level imports inside stdlib functions resolve through the same table.
  const lookup = (name: string, from: ModuleInfo): FuncInfo | Intrinsic | undefined => {
    const f = from.funcs.get(name) ?? from.imports.get(name);
    if (f) return f;
    if (from.typed) {
      // A stdlib module may call any runtime function by name (they share one namespace).
      for (const mi of infos) if (mi.typed && mi.funcs.has(name)) return mi.funcs.get(name);
      return intrinsic(name);
    }
    return undefined;
  };
  const funcByName = new Map(m.funcs.map((f) => [f.name, f]));
  const pending = new Map<string, () => void>();
  const gen = new GenProgram(m, lookup, FunctionLowering);
  for (const info of infos) {
    const src = srcByName.get(info.name)!;
    if (!info.typed) info.gen = gen;
    for (const fi of info.funcs.values()) {
      if (!info.typed && isGeneratorBody((fi.node as ast.FunctionDef).body)) {
        gen.lowerGenerator(fi);
        continue;
      }
      // (the stored body is read only when the function is lowered: most never are)
      const lower = () => {
        const lowered = info.typed ? loweredBody(opts.precompiled, fi.irName) : undefined;
        if (lowered) loadBody(funcByName.get(fi.irName)!, lowered);
        else new FunctionLowering(info, funcByName.get(fi.irName)!, fi, lookup).lowerBody((fi.node as ast.FunctionDef).body);
      };
      if (info.typed && opts.lazyRuntime) pending.set(fi.irName, lower);
      else lower();
    }
    if (!info.typed) {
      lowerMethods(info, m, lookup);
      if (info.name === '__main__') {
        buildDunderDispatcher(info, m, lookup);
        recordSpecialMethods(info, m);
        recordClassNames(info, m);
        recordClassSlots(info, m);
        buildCallDispatcher(info, m, lookup, infos.filter((i) => !i.typed).map((i) => srcByName.get(i.name)!.ast));
        buildMemberDispatcher(info, m, lookup);
      }
      const init = m.addFunc(new Func(moduleInitName(info.name), [], []));
      const body = src.ast.body;
      new FunctionLowering(info, init, undefined, lookup).lowerBody(info.name === '__main__' ? body : [...moduleHeader(info), ...body]);
    }
  }
  // rt_gen_call's body is the dispatcher over the program's resume functions, not the stub.
  if (gen.buildDispatcher()) pending.delete('rt_gen_call');
  // The dispatchers over the modules used as values, now that every use is lowered.
  if (program.valueModules?.size) {
    buildModuleDispatchers(program, modules.get('__main__')!, m, lookup);
    pending.delete('rt_module_lookup');
    pending.delete('rt_module_store');
  }
  for (const info of infos) {
    if (info.typed) continue;
    for (const g of info.globals) m.global(globalName(info.name, g));
    if (info.name !== '__main__') m.global(moduleFlagName(info.name));
  }
  m.addFunc(buildStart(m.globals.includes('__name__')));
  // A program that replaced a stub with its own dispatcher: every stub becomes opaque (Func.opaque).
  if (STUB_NAMES.some((n) => funcByName.has(n) && m.func(n) !== funcByName.get(n))) markStubsOpaque(m);
  // Its body is prune's choice for the program (src/passes/excargs.ts): no pass takes a fact from it.
  const excStr = m.func(EXC_STR_BASE);
  if (excStr) excStr.opaque = true;
  if (pending.size) PENDING.set(m, pending);
  return m;
}

/** The statements a module's init runs before its body: set the flag that it has started (cycles
 * see the partly initialized module) and `__name__`. Written as Python so they lower like the body. */
function moduleHeader(info: ModuleInfo): ast.stmt[] {
  info.globals.add('__name__');
  const at = { lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 0 };
  const name = (id: string): ast.Name => ({ _type: 'Name', id, ctx: { _type: 'Store' }, ...at }) as ast.Name;
  const str = (v: string): ast.Constant => ({ _type: 'Constant', value: v, kind: null, ...at }) as ast.Constant;
  return [{ _type: 'Assign', targets: [name('__name__')], value: str(info.name), type_comment: null, ...at } as ast.Assign];
}

/** `from m import f` at module level, where f is a function m defines and the module binds the
 * name no other way: calls of f are direct calls. */
function fromImportedFunctions(info: ModuleInfo, body: ast.stmt[], runtimeFuncs: Map<string, FuncInfo>): Map<string, FuncInfo> {
  const out = new Map<string, FuncInfo>();
  const other = moduleNonImportBindings(body);
  const count = new Map<string, number>();
  for (const s of body) {
    if (s._type !== 'ImportFrom' || s.module === '__future__') continue;
    if (s.module === '_rt' && s.level === 0) {
      // Keel's own Python modules (stdlib/*.py) call the runtime's functions that take and
      // return Python objects: `from _rt import rt_time_time`.
      if (!info.file.startsWith('stdlib/')) throw new CompileError([diag('K302', info.file, { line: s.lineno, col: s.col_offset + 1 }, "No module named '_rt'")]);
      for (const a of s.names) {
        const f = runtimeFuncs.get(a.name);
        if (!f || f.result !== 'obj' || f.paramTypes.some((t) => t !== 'obj')) throw new CompileError([diag('K301', info.file, { line: a.lineno, col: a.col_offset + 1 }, `${a.name} is not a runtime function on Python objects`)]);
        out.set(a.asname ?? a.name, f);
      }
      continue;
    }
    const r = resolveRelative({ name: info.name, isPackage: info.isPackage ?? false }, s.level, s.module);
    if (typeof r !== 'string') continue;
    const target = info.program!.modules.get(r);
    for (const a of s.names) {
      const local = a.asname ?? a.name;
      count.set(local, (count.get(local) ?? 0) + 1);
      const f = target?.funcs.get(a.name) ?? (target?.imports.get(a.name) as FuncInfo | undefined);
      if (f && !other.has(local)) out.set(local, f);
    }
  }
  for (const [k, n] of count) if (n > 1) out.delete(k);
  return out;
}

/** The runtime's stubs whose bodies a program may supply (classes.ts replaceStub, gen.ts
 * buildDispatcher, modules.ts forwardStub): a new one must be listed here (src/link). */
export const STUB_NAMES = ['rt_cls_dunder', 'rt_cls_call', 'rt_cls_member', 'rt_gen_call', 'rt_module_lookup', 'rt_module_store'];

/** Makes the runtime's stubs opaque to the interprocedural passes (Func.opaque): done for a program
 * that replaced any of them, and by src/link for the precompiled runtime such programs use. */
export function markStubsOpaque(m: IrModule): void {
  for (const n of STUB_NAMES) {
    const f = m.func(n);
    if (f) f.opaque = true;
  }
}

/** Runtime functions lowerProgram left unlowered (lazyRuntime), by IR name, with their lowering. */
const PENDING = new WeakMap<IrModule, Map<string, () => void>>();

/**
 * Completes a lazily lowered program: lowers the runtime functions reachable from its entry
 * points (as the prune pass walks them, so nothing a pass may call is missing) and drops the
 * rest, as prune would. Runtime code is most of what a program is compiled with, and
 * a program reaches a small part of it: this is most of the lowering time of a compile. Call it
 * once the entry points are all there (after addExports). True when it pruned the module (it
 * had entry points): its functions are then exactly those its walk reached (prune.ts notePruned).
 */
export function finishLowering(m: IrModule, precompiled?: Precompiled): boolean {
  const pending = PENDING.get(m);
  if (!pending) return false;
  PENDING.delete(m);
  // Whether the program left every stub the runtime has for it (class and generator dispatch)
  // as it is: the precompiled runtime then serves the functions that reach them too.
  const stubsKept = !STUB_NAMES.some((n) => m.func(n)?.opaque);
  const keep = reachableFuncs(m, (f) => {
    const lower = pending.get(f.name);
    if (lower) {
      pending.delete(f.name);
      // A runtime function the precompiled runtime has (src/link) is not lowered: its optimized
      // code is linked in, and the passes read its facts.
      const entry = f.opaque ? undefined : frozenFor(precompiled, f.name, stubsKept);
      if (entry) f.frozen = frozenFunc(entry).frozen;
      else lower();
    }
  });
  if (!keep) {
    for (const lower of pending.values()) lower(); // no entry point: nothing to prune from
    return false;
  }
  // What is unreachable goes now, as the prune pass would drop it: a program function no entry
  // point reaches may call runtime functions that were never lowered.
  const kept = m.funcs.filter((f) => keep.has(f.name));
  m.funcs.length = 0;
  m.funcs.push(...kept);
  return true;
}

/** A def whose calls can be bound at compile time: plain positional parameters, no decorator. */
function isDirectSignature(s: ast.FunctionDef): boolean {
  const a = s.args;
  return !a.vararg && !a.kwarg && !a.kwonlyargs.length && !a.posonlyargs.length && !s.decorator_list.length;
}

/** Names used anywhere in the modules other than as the callee of a call (`f` in `g(f)`, `x = f`),
 * attributes other than called ones (`m.f` as a value), and names imported by `from m import f`
 * (the importer may use them as values). */
function namesUsedAsValues(mods: ast.Module[]): Set<string> {
  const out = new Set<string>();
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (!n || typeof n !== 'object' || !('_type' in n)) return;
    const node = n as ast.expr;
    if (node._type === 'Name') {
      out.add(node.id);
      return;
    }
    if (node._type === 'Attribute') out.add(node.attr);
    if ((node as unknown as ast.stmt)._type === 'ImportFrom') for (const a of (node as unknown as ast.ImportFrom).names) out.add(a.name);
    forEachField(node, (v, k) => {
      if (node._type === 'Call' && k === 'func') {
        // f(*xs) and f(**m) bind at run time, through the function object (directCall).
        const dynamic = node.args.some((a) => a._type === 'Starred') || node.keywords.some((kw) => kw.arg === null);
        if (node.func._type === 'Name' && !dynamic) return;
        if (node.func._type === 'Attribute' && !dynamic) {
          walk(node.func.value);
          return;
        }
      }
      walk(v);
    });
  };
  mods.forEach((mod) => walk(mod.body));
  return out;
}

/** The names a module's import statements bind to modules, with the module each stands for
 * (`import a.b` binds a to a, `import a.b as x` x to a.b, `from p import sub` sub to p.sub). */
function importTargets(m: SourceModule, known: Set<string>): [string, string][] {
  const out: [string, string][] = [];
  for (const s of importStatements(m.ast.body)) {
    if (s._type === 'Import') {
      for (const a of s.names) if (a.name !== '__future__') out.push([a.asname ?? a.name.split('.')[0], a.asname ? a.name : a.name.split('.')[0]]);
      continue;
    }
    const base = resolveRelative({ name: m.name, isPackage: m.isPackage ?? false }, s.level, s.module);
    if (typeof base !== 'string') continue;
    for (const a of s.names) if (known.has(`${base}.${a.name}`)) out.push([a.asname ?? a.name, `${base}.${a.name}`]);
  }
  return out;
}

/** The modules in an order where each comes after those it imports (a depth-first post-order
 * from the order given; an import cycle keeps the first one visited first). */
function dependencyOrder(mods: SourceModule[]): SourceModule[] {
  const byName = new Map(mods.map((m) => [m.name, m]));
  const out: SourceModule[] = [];
  const seen = new Set<string>();
  const visit = (m: SourceModule): void => {
    if (seen.has(m.name)) return;
    seen.add(m.name);
    const need = (name: string) => {
      const parts = name.split('.');
      for (let i = 1; i <= parts.length; i++) {
        const dep = byName.get(parts.slice(0, i).join('.'));
        if (dep) visit(dep);
      }
    };
    for (const s of importStatements(m.ast.body)) {
      if (s._type === 'Import') {
        for (const a of s.names) need(a.name);
        continue;
      }
      const base = resolveRelative({ name: m.name, isPackage: m.isPackage ?? false }, s.level, s.module);
      if (typeof base !== 'string' || !base) continue;
      need(base);
      for (const a of s.names) if (byName.has(`${base}.${a.name}`)) need(`${base}.${a.name}`);
    }
    out.push(m);
  };
  mods.forEach(visit);
  return out;
}

/** Whether the module names `name` anywhere: a name, an attribute or an imported name. */
function mentions(mod: ast.Module, name: string): boolean {
  let found = false;
  const walk = (n: unknown): void => {
    if (found || !n || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach(walk);
    const o = n as { _type?: string; attr?: string; name?: string; id?: string } & Record<string, unknown>;
    if (o.attr === name || o.id === name || (o._type === 'alias' && o.name === name)) found = true;
    forEachField(o, walk);
  };
  walk(mod.body);
  return found;
}

/** Whether the module stores or deletes one of the attributes `names` anywhere (`f.x = v`, `del f.x`). */
function assignsAttr(mod: ast.Module, names: string[]): boolean {
  let found = false;
  const walk = (n: unknown): void => {
    if (found || !n || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach(walk);
    const o = n as { _type?: string; attr?: string; ctx?: { _type: string } } & Record<string, unknown>;
    if (o._type === 'Attribute' && names.includes(o.attr!) && o.ctx?._type !== 'Load') found = true;
    forEachField(o, walk);
  };
  walk(mod.body);
  return found;
}

function assignedNames(body: ast.stmt[]): Set<string> {
  const out = new Set<string>();
  const { bound } = boundNames(body.filter((s) => s._type !== 'FunctionDef'));
  for (const n of bound) out.add(n);
  return out;
}

function annotationType(src: SourceModule, e: ast.expr | null): IrType {
  if (!e) return 'obj';
  if (e._type === 'Name' && ['i32', 'i64', 'f64', 'obj'].includes(e.id)) return e.id as IrType;
  throw new CompileError([diag('K300', src.file, { line: e.lineno, col: e.col_offset + 1 }, 'this annotation in runtime code (use i32, i64, f64 or obj)')]);
}

/** _start: run the module body; report an uncaught exception (exit 1) or flush stdout. */
function buildStart(setName: boolean): Func {
  const f = new Func('_start', [], []);
  const b = new FunctionBuilder(f);
  const entry = b.newBlock();
  const ok = b.newBlock();
  const bad = b.newBlock();
  b.switchTo(entry);
  // a program, not a library module: the collector may make host calls (rt_gc_host_call)
  b.emit('call', [], 'rt_gc_host_calls_on', null);
  if (setName) b.emit('global.set', [b.emit('const.str', [], '__main__')], '__name__');
  b.emit('call', [], MAIN_INIT, null);
  b.checkExc(ok, bad);
  b.switchTo(ok);
  b.emit('call', [], 'rt_flush', null);
  b.ret([]);
  b.switchTo(bad);
  b.emit('call', [], 'rt_report_uncaught', null);
  b.ret([]);
  b.sealAll();
  return f;
}
