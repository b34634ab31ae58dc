// timeit, compiled. Keel has no exec: a statement string passed to timeit.timeit, timeit.repeat
// or timeit.Timer is compiled here, when it is a constant (a literal, or a name the same scope
// assigns one literal, as `setup = "..."`). Each such call gets a function of the module,
//     def __keel_timeit_N(_it, _timer, _setup, _stmt):
//         <setup code>            (or _setup() when setup is a callable)
//         _t0 = _timer()
//         for _i in _it:
//             <stmt code>         (or _stmt())
//         return _timer() - _t0
// passed as `_keel_inner=`; stdlib/timeit.py's Timer runs it as CPython's runs the function it
// compiles from its template. The code's names are the module's globals, which is what
// `globals=globals()` or `setup="from __main__ import f"` give in CPython (such imports of
// __main__ are dropped: the names are already there). A statement built at run time (an
// f-string) is "not supported yet"; callables need nothing (the Timer calls them).
import { forEachField } from '../parse/fields.js';
import type * as ast from '../parse/ast.js';
import { parseModule } from '../parse/index.js';
import { CompileError, diag } from '../diag/diagnostic.js';
import { relocate, walk, walkLocated } from './doctests.js';

type Scope = ast.stmt[];

/** Rewrites the module's timeit calls with constant statements; false when it has none. */
export function expandTimeit(mod: ast.Module, file: string): boolean {
  const modules = new Set<string>();
  const funcs = new Set<string>();
  walk(mod.body, (n) => {
    if (n._type === 'Import') for (const a of (n as ast.Import).names) if (a.name === 'timeit') modules.add(a.asname ?? 'timeit');
    if (n._type === 'ImportFrom' && (n as ast.ImportFrom).module === 'timeit' && (n as ast.ImportFrom).level === 0) {
      for (const a of (n as ast.ImportFrom).names) if (a.name === 'timeit' || a.name === 'repeat' || a.name === 'Timer') funcs.add(a.asname ?? a.name);
    }
  });
  if (!modules.size && !funcs.size) return false;
  const defs: ast.stmt[] = [];
  const visit = (body: Scope): void => {
    walkScope(body, (call) => {
      const f = call.func;
      const hit = (f._type === 'Attribute' && ['timeit', 'repeat', 'Timer'].includes(f.attr) && f.value._type === 'Name' && modules.has(f.value.id)) || (f._type === 'Name' && funcs.has(f.id));
      if (hit) {
        const def = innerFunction(call, body, `__keel_timeit_${defs.length}`, file);
        if (def) defs.push(def);
      }
    }, visit);
  };
  visit(mod.body);
  if (!defs.length) return false;
  let i = 0;
  const first = mod.body[0];
  if (first && first._type === 'Expr' && first.value._type === 'Constant' && typeof first.value.value === 'string') i = 1;
  while (i < mod.body.length && mod.body[i]._type === 'ImportFrom' && (mod.body[i] as ast.ImportFrom).module === '__future__') i++;
  mod.body.splice(i, 0, ...defs);
  return true;
}

/** Calls each Call of the scope's own code (not of nested defs and classes, which are scopes of
 * their own: `nested` is called with their bodies). */
function walkScope(body: Scope, onCall: (c: ast.Call) => void, nested: (b: Scope) => void): void {
  const go = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach(go);
    const o = n as { _type?: string } & Record<string, unknown>;
    if (o._type === 'FunctionDef' || o._type === 'AsyncFunctionDef' || o._type === 'ClassDef') {
      const d = o as unknown as ast.FunctionDef;
      go(d.decorator_list);
      if (o._type !== 'ClassDef') go((d as ast.FunctionDef).args);
      nested(d.body);
      return;
    }
    if (o._type === 'Call') onCall(o as unknown as ast.Call);
    forEachField(o, go);
  };
  go(body);
}

/** The constant str an argument stands for: a literal, or a name the scope assigns only once,
 * to a literal. undefined: not a str known here (a callable, or a str built at run time). */
function constantText(e: ast.expr, scope: Scope): string | undefined {
  if (e._type === 'Constant') return typeof e.value === 'string' ? e.value : undefined;
  if (e._type !== 'Name') return undefined;
  let value: string | undefined;
  let count = 0;
  const look = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach(look);
    const o = n as { _type?: string } & Record<string, unknown>;
    if (o._type === 'FunctionDef' || o._type === 'AsyncFunctionDef' || o._type === 'ClassDef' || o._type === 'Lambda') return;
    if (o._type === 'Assign' || o._type === 'AnnAssign' || o._type === 'AugAssign' || o._type === 'For' || o._type === 'With' || o._type === 'NamedExpr') {
      const targets = o._type === 'Assign' ? (o as unknown as ast.Assign).targets : o._type === 'For' ? [(o as unknown as ast.For).target] : o._type === 'With' ? (o as unknown as ast.With).items.map((it) => it.optional_vars).filter((x): x is ast.expr => !!x) : [(o as unknown as ast.AnnAssign).target];
      for (const t of targets) {
        let binds = false;
        walk(t, (x) => {
          if (x._type === 'Name' && (x as ast.Name).id === (e as ast.Name).id) binds = true;
        });
        if (!binds) continue;
        count++;
        const v = o._type === 'Assign' ? (o as unknown as ast.Assign).value : o._type === 'AnnAssign' ? (o as unknown as ast.AnnAssign).value : null;
        value = t._type === 'Name' && v && v._type === 'Constant' && typeof v.value === 'string' ? v.value : undefined;
      }
    }
    forEachField(o, look);
  };
  look(scope);
  return count === 1 ? value : undefined;
}

/** A str built at run time, which Keel cannot compile. */
function isBuiltString(e: ast.expr): boolean {
  return e._type === 'JoinedStr' || (e._type === 'BinOp' && (isBuiltString(e.left) || isBuiltString(e.right) || (e.left._type === 'Constant' && typeof e.left.value === 'string'))) || (e._type === 'Call' && e.func._type === 'Attribute' && e.func.attr === 'format');
}

function arg(call: ast.Call, pos: number, name: string): ast.expr | undefined {
  return call.keywords.find((k) => k.arg === name)?.value ?? call.args[pos];
}

/** The function running the call's statement, and the call's `_keel_inner=` keyword to it;
 * undefined when neither statement nor setup is a constant (the Timer calls callables). */
function innerFunction(call: ast.Call, scope: Scope, name: string, file: string): ast.FunctionDef | undefined {
  if (call.args.some((a) => a._type === 'Starred') || call.keywords.some((k) => k.arg === null)) return undefined;
  // globals=globals(): the compiled code runs among the module's globals anyway (and Keel has
  // no globals()).
  const g = call.keywords.find((k) => k.arg === 'globals');
  if (g && g.value._type === 'Call' && g.value.func._type === 'Name' && g.value.func.id === 'globals' && !g.value.args.length && !g.value.keywords.length) {
    g.value = { _type: 'Constant', value: null, kind: null, lineno: g.value.lineno, col_offset: g.value.col_offset, end_lineno: g.value.end_lineno, end_col_offset: g.value.end_col_offset } as ast.Constant;
  }
  const stmtE = arg(call, 0, 'stmt');
  const setupE = arg(call, 1, 'setup');
  const unsupported = (at: ast.Located, what: string): never => {
    throw new CompileError([diag('K300', file, { line: at.lineno, col: at.col_offset + 1 }, what)]);
  };
  for (const e of [stmtE, setupE]) if (e && isBuiltString(e)) unsupported(e, 'a timeit statement built at run time (Keel compiles constant statement strings)');
  const stmt = stmtE ? constantText(stmtE, scope) : 'pass';
  const setup = setupE ? constantText(setupE, scope) : 'pass';
  if (stmt === undefined && setup === undefined) return undefined;
  const at: ast.Located = stmtE ?? call;
  const parseCode = (text: string, where: ast.Located): ast.stmt[] => {
    const p = parseModule(text, file);
    if (!p.module || p.diagnostics.some((d) => d.severity === 'error')) return unsupported(where, 'a timeit statement that is not valid Python');
    return p.module.body;
  };
  // `from __main__ import f` and `import __main__ [as z]`: the code runs among the module's
  // globals, so such imports go, and `z.f` is f.
  const mainAliases = new Set<string>();
  const dropMain = (body: ast.stmt[]): ast.stmt[] =>
    body.filter((st) => {
      if (st._type === 'ImportFrom') return !(st.module === '__main__' && st.level === 0);
      if (st._type === 'Import') {
        for (const a of st.names) if (a.name === '__main__') mainAliases.add(a.asname ?? '__main__');
        st.names = st.names.filter((a) => a.name !== '__main__');
        return st.names.length > 0;
      }
      return true;
    });
  const setupBody = setup === undefined ? undefined : dropMain(parseCode(setup, setupE ?? call));
  const stmtBody = stmt === undefined ? undefined : dropMain(parseCode(stmt, at));
  if (mainAliases.size) {
    unalias(setupBody, mainAliases);
    unalias(stmtBody, mainAliases);
  }
  const template = [`def ${name}(_it, _timer, _setup, _stmt):`, '    _setup()', '    _t0 = _timer()', '    for _i in _it:', '        _stmt()', '    return _timer() - _t0'].join('\n') + '\n';
  const def = parseModule(template, file).module!.body[0] as ast.FunctionDef;
  relocate(def, call.lineno, call.col_offset);
  const pass = (): ast.stmt => ({ _type: 'Pass', lineno: call.lineno, col_offset: call.col_offset, end_lineno: call.lineno, end_col_offset: call.col_offset }) as ast.Pass;
  // The code's lines count from the call's line.
  for (const body of [setupBody, stmtBody]) {
    walkLocated(body, (o) => {
      o.lineno += call.lineno - 1;
      o.end_lineno += call.lineno - 1;
    });
  }
  if (setupBody) def.body.splice(0, 1, ...(setupBody.length ? setupBody : [pass()]));
  const loop = def.body[def.body.length - 2] as ast.For;
  if (stmtBody) loop.body = stmtBody.length ? stmtBody : [pass()];
  // (the function, whether stmt and setup were compiled: a callable's place gets a str only when
  // the program computes the string, which stdlib/timeit.py reports as not supported)
  const ref = (parseModule(`(${name}, ${stmt !== undefined ? 'True' : 'False'}, ${setup !== undefined ? 'True' : 'False'})\n`, file).module!.body[0] as ast.Expr).value;
  relocate(ref, call.lineno, call.col_offset);
  call.keywords.push({ _type: 'keyword', arg: '_keel_inner', value: ref, lineno: call.lineno, col_offset: call.col_offset, end_lineno: call.end_lineno, end_col_offset: call.end_col_offset });
  return def;
}

/** Replaces `z.f` by `f` where z is an alias of __main__. */
function unalias(n: unknown, aliases: Set<string>): void {
  if (!n || typeof n !== 'object') return;
  const o = n as Record<string, unknown>;
  for (const [k, v] of Object.entries(o)) {
    if (k === '_type' || !v || typeof v !== 'object') continue;
    const a = v as ast.Attribute;
    if (a._type === 'Attribute' && a.value._type === 'Name' && aliases.has(a.value.id)) {
      o[k] = { _type: 'Name', id: a.attr, ctx: a.ctx, lineno: a.lineno, col_offset: a.col_offset, end_lineno: a.end_lineno, end_col_offset: a.end_col_offset } as ast.Name;
    } else unalias(v, aliases);
  }
}
