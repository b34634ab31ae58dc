// Lowers a whole program: the user's module plus the stdlib runtime modules it needs, into one
// IrModule with an `_start` that runs the module body, reports an uncaught exception, and
// flushes stdout.
import type * as ast from '../parse/ast.js';
import { CompileError, diag } from '../diag/diagnostic.js';
import { FunctionBuilder } from '../ir/builder.js';
import { Func, IrModule } from '../ir/function.js';
import type { IrType } from '../ir/types.js';
import type { FuncInfo, ModuleInfo } from './context.js';
import { FunctionLowering } from './function.js';
import { intrinsic, INTRINSIC_MODULE, type Intrinsic } from './intrinsics.js';
import { boundNames } from '../sema/scopes.js';
import { moduleFacts } from './containers.js';

export interface SourceModule {
  name: string;
  file: string;
  ast: ast.Module;
  /** stdlib runtime module (typed by annotations). */
  typed: boolean;
}

export const MAIN_INIT = '__main__.<module>';

export function lowerProgram(user: SourceModule, stdlib: SourceModule[]): IrModule {
  const m = new IrModule();
  const modules = new Map<string, ModuleInfo>();
  const infos: ModuleInfo[] = [];
  for (const src of [...stdlib, user]) {
    const info: ModuleInfo = { name: src.name, file: src.file, typed: src.typed, funcs: new Map(), imports: new Map(), globals: new Set() };
    modules.set(src.name, info);
    infos.push(info);
    const { bound } = boundNames(src.ast.body);
    info.globals = bound;
    if (!src.typed) info.facts = moduleFacts(src.ast);
    // Functions: module-level defs bound exactly once.
    const defCount = new Map<string, number>();
    for (const s of src.ast.body) if (s._type === 'FunctionDef') defCount.set(s.name, (defCount.get(s.name) ?? 0) + 1);
    const rebound = assignedNames(src.ast.body);
    for (const s of src.ast.body) {
      if (s._type !== 'FunctionDef') continue;
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
      info.funcs.set(s.name, fi);
      m.addFunc(new Func(fi.irName, fi.paramTypes, result ? [result] : []));
    }
  }
  // Imports (stdlib modules only, for now).
  const srcByName = new Map([...stdlib, user].map((s) => [s.name, s]));
  for (const info of infos) {
    const src = srcByName.get(info.name)!;
    for (const s of src.ast.body) {
      if (s._type === 'Import') {
        if (!src.typed && s.names.every((a) => a.name === 'math')) continue;
        throw new CompileError([diag('K300', src.file, { line: s.lineno, col: s.col_offset + 1 }, 'import')]);
      }
      if (s._type !== 'ImportFrom') continue;
      if ((s.module === '__future__' || s.module === 'math') && !src.typed) continue;
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
  for (const info of infos) {
    const src = srcByName.get(info.name)!;
    for (const fi of info.funcs.values()) {
      new FunctionLowering(info, m.func(fi.irName)!, fi, lookup).lowerBody(fi.node.body);
    }
    if (!info.typed) {
      const init = m.addFunc(new Func(MAIN_INIT, [], []));
      new FunctionLowering(info, init, undefined, lookup).lowerBody(src.ast.body.filter((s) => s._type !== 'FunctionDef'));
    }
  }
  for (const info of infos) if (!info.typed) for (const g of info.globals) m.global(g);
  m.addFunc(buildStart(m.globals.includes('__name__')));
  return m;
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
