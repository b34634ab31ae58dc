// Lowering of callables in user code (docs/object-model.md "Functions"): `def` and `lambda` make
// function objects when they run (defaults evaluated then, closure cells captured, decorators
// applied), and calls of anything that is not a function known at compile time go through the
// runtime's call entry points (stdlib/_rt/func.py): rt_call0..rt_call4 for plain positional
// calls, rt_call_vec for keywords and *args. Hooks in function.ts call these.
import type * as ast from '../parse/ast.js';
import { FunctionBuilder } from '../ir/builder.js';
import { Func, type IrModule, type Value } from '../ir/function.js';
import type { IrType } from '../ir/types.js';
import { FUNC_MAX_ARITY, FUNCF_PACKED, FUNCF_VARARGS, FUNCF_VARKW, TUPLE_ITEMS } from '../runtime/layout.js';
import { analyzeScopes, paramNames } from '../sema/scopes.js';
import { parseModule } from '../parse/index.js';
import type { FuncInfo } from './context.js';
import { nullWord, rtCall, rtCallPure } from './containers.js';
import type { FunctionLowering } from './function.js';
import { lowerClassValueCall, lowerUserMethodCall } from './classes.js';
import { mathArity } from './builtins.js';
import { isGeneratorBody } from './gen.js';
import { STR_METHODS } from './strings.js';

const i32 = (fl: FunctionLowering, n: number): Value => fl.b.emit('const.i32', [], BigInt(n));

/** A new tuple of the given values. */
export function tupleOf(fl: FunctionLowering, vals: Value[]): Value {
  const t = rtCallPure(fl, 'rt_tuple_new', [i32(fl, vals.length)]);
  vals.forEach((v, k) => rtCallPure(fl, 'rt_tuple_set', [t, i32(fl, k), v], null));
  return t;
}

/** `def name(...): ...` as a statement: makes the function object and binds the name. */
export function lowerFunctionDef(fl: FunctionLowering, s: ast.FunctionDef): void {
  const direct = fl.info ? undefined : fl.module.funcs.get(s.name);
  const known = direct && direct.node === s ? direct : undefined;
  const v = lowerDefValue(fl, s, undefined, known);
  fl.assign({ _type: 'Name', id: s.name, ctx: { _type: 'Store' }, lineno: s.lineno, col_offset: s.col_offset, end_lineno: s.lineno, end_col_offset: s.col_offset } as ast.Name, v);
  if (known) fl.definedFuncs.add(s.name);
}

/** The value a def statement binds: its function object with the decorators applied. CPython's
 * order: the decorators, then the defaults, then the function; decorators apply innermost (last
 * written) first. `qualname`: __qualname__ when the def is not in a function or module body
 * (a method in a class body: `C.m`); by default the enclosing function's `<locals>` path. */
export function lowerDefValue(fl: FunctionLowering, s: ast.FunctionDef, qualname?: string, known?: FuncInfo): Value {
  const decorators = s.decorator_list.map((d) => fl.expr(d));
  let v = makeFunction(fl, s, s.name, known, undefined, qualname);
  for (let k = decorators.length - 1; k >= 0; k--) v = rtCall(fl, s.decorator_list[k].lineno, 'rt_call1', [decorators[k], v]);
  return v;
}

export function lowerLambda(fl: FunctionLowering, e: ast.Lambda): Value {
  return makeFunction(fl, e, '<lambda>', undefined);
}

/** Builtins usable as values (`key=len`, `map(str, xs)`, `f = abs`): a function object whose
 * code calls the builtin as a call by name would (so arguments and errors are the builtin's).
 * Written as Python lambdas with CPython's parameter names. */
const BUILTIN_VALUES: Record<string, string> = {
  len: 'lambda obj, /: len(obj)',
  abs: 'lambda x, /: abs(x)',
  repr: 'lambda obj, /: repr(obj)',
  hash: 'lambda obj, /: hash(obj)',
  id: 'lambda obj, /: id(obj)',
  str: "lambda object='', /: str(object)",
  bool: 'lambda x=False, /: bool(x)',
  float: 'lambda x=0.0, /: float(x)',
  int: 'lambda x=0, /, base=None: int(x) if base is None else int(x, base)',
  list: 'lambda iterable=(), /: list(iterable)',
  tuple: 'lambda iterable=(), /: tuple(iterable)',
  sorted: 'lambda iterable, /, *, key=None, reverse=False: sorted(iterable, key=key, reverse=reverse)',
  min: 'lambda *args, key=None: min(args[0] if len(args) == 1 else args, key=key)',
  max: 'lambda *args, key=None: max(args[0] if len(args) == 1 else args, key=key)',
  sum: 'lambda iterable, /, start=0: sum(iterable, start)',
  round: 'lambda number, ndigits=None: round(number, ndigits)',
  divmod: 'lambda x, y, /: divmod(x, y)',
  pow: 'lambda base, exp, mod=None: pow(base, exp) if mod is None else pow(base, exp, mod)',
  enumerate: 'lambda iterable, start=0: enumerate(iterable, start)',
  reversed: 'lambda sequence, /: reversed(sequence)',
  iter: 'lambda object, /: iter(object)',
  any: 'lambda iterable, /: any(iterable)',
  all: 'lambda iterable, /: all(iterable)',
  filter: 'lambda function, iterable, /: filter(function, iterable)',
  map: 'lambda func, /, *iterables: map(func, *iterables)',
  zip: 'lambda *its: zip(*its)',
  ord: 'lambda c, /: ord(c)',
  chr: 'lambda i, /: chr(i)',
  hex: 'lambda number, /: hex(number)',
  oct: 'lambda number, /: oct(number)',
  bin: 'lambda number, /: bin(number)',
  ascii: 'lambda obj, /: ascii(obj)',
  callable: 'lambda obj, /: callable(obj)',
  format: "lambda value, format_spec='', /: format(value, format_spec)",
  next: 'lambda iterator, /, *default: next(iterator) if not default else next(iterator, default[0])',
  isinstance: 'lambda obj, class_or_tuple, /: isinstance(obj, class_or_tuple)',
  getattr: 'lambda obj, name, /, *default: getattr(obj, name) if not default else getattr(obj, name, default[0])',
  hasattr: 'lambda obj, name, /: hasattr(obj, name)',
  print: "lambda *args, sep=' ', end='\\n', file=None, flush=False: print(*args, sep=sep, end=end) if file is None else file.write((' ' if sep is None else sep).join(map(str, args)) + ('\\n' if end is None else end)) and None",
};

export function isBuiltinValue(id: string): boolean {
  return Object.prototype.hasOwnProperty.call(BUILTIN_VALUES, id);
}

/** The code of each builtin used as a value, per module (lowered once). */
const builtinCode = new WeakMap<object, Map<string, ast.Lambda | ast.FunctionDef>>();

/** `len` (a builtin) used as a value: a function object for it. */
export function lowerBuiltinValue(fl: FunctionLowering, id: string): Value {
  let cache = builtinCode.get(fl.module);
  if (!cache) builtinCode.set(fl.module, (cache = new Map()));
  let node = cache.get(id);
  if (!node) {
    const parsed = parseModule(BUILTIN_VALUES[id], fl.module.file);
    const stmt = parsed.module!.body[0] as ast.Expr;
    node = stmt.value as ast.Lambda;
    for (const [k, v] of analyzeScopes(parsed.module!)) fl.module.scopes!.set(k, v);
    cache.set(id, node);
  }
  // One object per builtin for the whole program (`len is len`, `f = len; f is len`): made
  // the first time, kept in a global.
  const b = fl.b;
  const g = `$builtin.${id}`;
  fl.module.ir!.global(g);
  const cached = b.emit('global.get', [], g);
  const make = b.newBlock();
  const join = b.newBlock();
  const res = fl.func.addBlockParam(join, 'obj');
  b.br(b.emit('py.is', [cached, b.emit('ptr.word', [b.emit('const.i32', [], 0n)])]), make, join, [], [cached]);
  b.seal(make);
  b.switchTo(make);
  const f = makeFunction(fl, node, id, undefined, 'builtins');
  b.emit('global.set', [f], g);
  b.jump(join, [f]);
  b.seal(join);
  b.switchTo(join);
  return res;
}

/** `str.upper` as a value (`map(str.upper, xs)`, `key=str.lower`): a function object taking the
 * receiver then the method's arguments, calling the method as `self.upper(...)` would (so the
 * errors are the method's). */
export function lowerStrMethodValue(fl: FunctionLowering, attr: string, max: number): Value {
  return methodCaller(fl, attr, max, `str.${attr}`);
}

/** The built-in methods that take keywords, read as values (CPython 3.12): positional-or-keyword
 * parameters, then keyword-only ones, each with its default as Python source; `varkw`: any
 * keywords (`dict.update(**kw)`, `str.format(**kw)`). The str and bytes methods' names and their
 * order are their direct calls' (strings.ts STR_METHODS); only the defaults are given here. A
 * method not listed takes none. (int.to_bytes's are containers.ts METHOD_KEYWORDS'.) */
const STR_KEYWORD_DEFAULTS: Record<string, string[]> = {
  split: ['None', '-1'], rsplit: ['None', '-1'], splitlines: ['False'], expandtabs: ['8'],
  encode: ["'utf-8'", "'strict'"], decode: ["'utf-8'", "'strict'"],
};

interface ValueKeywords {
  pos: [string, string][];
  kwonly?: [string, string][];
  varkw?: true;
}

function valueKeywords(attr: string): ValueKeywords | undefined {
  const dflts = STR_KEYWORD_DEFAULTS[attr];
  if (dflts) return { pos: STR_METHODS[attr].kw!.map((name, i): [string, string] => [name, dflts[i]]) };
  if (attr === 'sort') return { pos: [], kwonly: [['key', 'None'], ['reverse', 'False']] };
  if (attr === 'to_bytes') return { pos: [['length', '1'], ['byteorder', "'big'"]], kwonly: [['signed', 'False']] };
  if (attr === 'update' || attr === 'format') return { pos: [], varkw: true };
  return undefined;
}

/** The source of the method caller's keyword branch (kw is not empty): CPython's checks of the
 * names, then one call per count of positional arguments, naming every keyword parameter after
 * them (absent ones get their defaults). */
function keywordBranch(attr: string, owner?: string): string {
  const head = owner ? `${owner}.${attr}(self, ` : `self.${attr}(`;
  const spec = valueKeywords(attr);
  if (!spec) throw new Error(`no keywords for ${attr}`);
  const pos = (n: number) => Array.from({ length: n }, (_, k) => `args[${k}]`);
  if (attr === 'update') {
    // dict.update: the positional argument first, then the keywords; set.update takes none.
    // (Not `self.update(*args, **kw)`: with self of unknown type that is this function again.)
    return `    if not isinstance(self, dict):\n        raise TypeError(type(self).__name__ + ".update() takes no keyword arguments")\n` +
      `    if len(args) == 1:\n        self.update(args[0])\n    elif len(args) > 1:\n        self.update(args[0], args[1])\n` +
      `    for k in kw:\n        self[k] = kw[k]\n    return None\n`;
  }
  if (spec.varkw) return `    return ${head}*args, **kw)\n`;
  const all = [...spec.pos, ...(spec.kwonly ?? [])];
  // CPython's order (_PyArg_UnpackKeywords): the count of all arguments, of the positional
  // ones, then the names.
  const kwOnly = spec.pos.length ? '' : 'keyword ';
  let src = '    n = len(args)\n';
  src += `    if n + len(kw) > ${all.length}:\n        raise TypeError("${attr}() takes at most ${all.length} ${kwOnly}argument${all.length === 1 ? '' : 's'} (" + str(n + len(kw)) + " given)")\n`;
  if (!spec.pos.length) src += `    if n > 0:\n        raise TypeError("${attr}() takes no positional arguments")\n`;
  src += `    for k in kw:\n        if k not in (${all.map(([n]) => `'${n}'`).join(', ')},):\n`;
  src += `            raise TypeError("'" + k + "' is an invalid keyword argument for ${attr}()")\n`;
  spec.pos.forEach(([name], i) => {
    src += `    if n > ${i} and '${name}' in kw:\n        raise TypeError("argument for ${attr}() given by name ('${name}') and position (${i + 1})")\n`;
  });
  for (let n = 0; n <= spec.pos.length; n++) {
    const named = all.slice(n).map(([name, dflt]) => `${name}=kw.get('${name}', ${dflt})`);
    src += `    if n == ${n}:\n        return ${head}${[...pos(n), ...named].join(', ')})\n`;
  }
  return src;
}

/** The function object of a built-in type's special method `name` taking `want` arguments after
 * self: `(3).__add__` bound to its receiver (attributes.ts), `int.__add__` (owner 'int') as a
 * value. `def __add__(self, /, *args)` checks the argument count as CPython's wrappers do
 * ("expected 1 argument, got 0"), then calls `self.__add__(args[0])` or `int.__add__(self,
 * args[0])`, which containers.ts lowers to the runtime's special-method call. */
export function dunderCaller(fl: FunctionLowering, name: string, want: number, owner?: string): Value {
  const id = owner ? `${owner}.${name}` : `dunder.${name}`;
  let cache = builtinCode.get(fl.module);
  if (!cache) builtinCode.set(fl.module, (cache = new Map()));
  let node = cache.get(id);
  if (!node) {
    const args = Array.from({ length: want }, (_, k) => `args[${k}]`);
    const call = owner ? `${owner}.${name}(${['self', ...args].join(', ')})` : `self.${name}(${args.join(', ')})`;
    const src = `def ${name}(self, /, *args):\n    if len(args) != ${want}:\n`
      + `        raise TypeError("expected ${want} argument${want === 1 ? '' : 's'}, got " + str(len(args)))\n    return ${call}\n`;
    const parsed = parseModule(src, fl.module.file);
    node = parsed.module!.body[0] as ast.FunctionDef;
    for (const [k, v] of analyzeScopes(parsed.module!)) fl.module.scopes!.set(k, v);
    cache.set(id, node);
  }
  return makeFunction(fl, node, name, undefined, 'builtins', id);
}

/** The function object `def m(self, /, *args, **kw): return self.attr(*args, **kw)`: without
 * keywords one call per argument count up to max, then max + 1 arguments for the method's arity
 * error; with keywords (only for the methods that take them) the method's keyword parameters
 * (valueKeywords), checked as CPython does. It is `str.upper` as a value, and, bound to its
 * receiver, a built-in object's method as a value (`f = xs.append`, attributes.ts). */
export function methodCaller(fl: FunctionLowering, attr: string, max: number, id = `method.${attr}`, owner?: string): Value {
  let cache = builtinCode.get(fl.module);
  if (!cache) builtinCode.set(fl.module, (cache = new Map()));
  let node = cache.get(id);
  if (!node) {
    // `self.attr(...)`, or for a built-in class's method (`list.append` as a value, owner
    // 'list') `list.append(self, ...)`, which passes by a subclass's override.
    const call = (args: string[]) => owner ? `${owner}.${attr}(${['self', ...args].join(', ')})` : `self.${attr}(${args.join(', ')})`;
    let body = '';
    for (let n = 0; n <= max; n++) body += `${call(Array.from({ length: n }, (_, k) => `args[${k}]`))} if len(args) == ${n} else `;
    body += call(Array.from({ length: max + 1 }, (_, k) => `args[${k}]`));
    // Only a method that takes keywords gets **kw: its dict is made at every call. (Another
    // method called with a keyword is a TypeError from the argument binding: "method.append() got
    // an unexpected keyword argument 'x'", where CPython says "list.append() takes no keyword
    // arguments".)
    const src = valueKeywords(attr) ? `def ${attr}(self, /, *args, **kw):\n    if not kw:\n        return ${body}\n${keywordBranch(attr, owner)}`
      : `def ${attr}(self, /, *args):\n    return ${body}\n`;
    const parsed = parseModule(src, fl.module.file);
    node = parsed.module!.body[0] as ast.FunctionDef;
    for (const [k, v] of analyzeScopes(parsed.module!)) fl.module.scopes!.set(k, v);
    cache.set(id, node);
  }
  return makeFunction(fl, node, attr, undefined, 'builtins', id);
}

/** The public attributes of CPython 3.12's built-in types (int, float, str, bytes, list, dict,
 * set, files, generators, ...). A call `x.m(...)` of a name no lowering knows is a call of the
 * attribute's value (`fn.__wrapped__(x)`), except for these names: on a built-in object they
 * are methods Keel does not have yet, which must stay "not supported yet" (calling through
 * getattr would raise an AttributeError CPython does not). */
const BUILTIN_METHOD_NAMES = new Set(`
  add add_note append args as_integer_ratio bit_count bit_length buffer c_contiguous capitalize
  casefold cast center clear close closed closefd conjugate contiguous copy count decode
  denominator detach difference difference_update discard encode encoding endswith errors
  expandtabs extend f_contiguous fileno find flush format format_map from_bytes fromhex fromkeys
  get gi_code gi_frame gi_running gi_suspended gi_yieldfrom hex imag index indices insert
  intersection intersection_update is_integer isalnum isalpha isascii isatty isdecimal isdigit
  isdisjoint isidentifier islower isnumeric isprintable isspace issubset issuperset istitle
  isupper items itemsize join keys line_buffering ljust lower lstrip maketrans mapping mode mro
  name nbytes ndim newlines numerator obj partition peek pop popitem raw read read1 readable
  readall readinto readinto1 readline readlines readonly real reconfigure release remove
  removeprefix removesuffix replace reverse rfind rindex rjust rpartition rsplit rstrip seek
  seekable send setdefault shape sort split splitlines start startswith step stop strides strip
  suboffsets swapcase symmetric_difference symmetric_difference_update tell throw title to_bytes
  tobytes tolist toreadonly translate truncate union update upper values with_traceback writable
  write write_through writelines zfill
`.trim().split(/\s+/));

export function isBuiltinMethodName(name: string): boolean {
  return BUILTIN_METHOD_NAMES.has(name);
}

/** The IR functions already lowered for a def or lambda node (a builtin's code is shared). */
const codeOf = new WeakMap<ast.FunctionDef | ast.Lambda, string>();

/** The function object for a def or lambda; `known`: a module-level function called directly,
 * whose code is lowered already (the object then only needs table code when it escapes). */
function makeFunction(fl: FunctionLowering, node: ast.FunctionDef | ast.Lambda, name: string, known: FuncInfo | undefined, module?: string, qualnameOverride?: string): Value {
  const a = node.args;
  const m = fl.module.ir!;
  const defaults = a.defaults.length ? tupleOf(fl, a.defaults.map((d) => fl.expr(d))) : nullWord(fl);
  const kwdefaults = a.kw_defaults.some((d) => d) ? tupleOf(fl, a.kw_defaults.map((d) => (d ? fl.expr(d) : nullWord(fl)))) : nullWord(fl);
  const qualname = qualnameOverride ?? (module === undefined && fl.info?.qualname !== undefined ? `${fl.info.qualname}.<locals>.` : '') + name;
  const scope = fl.module.scopes!.get(node)!;
  const slots = paramNames(a);
  let code: Value;
  if (known) {
    // Never called through its object when it does not escape: no table entry (index -1).
    code = known.escapes ? fl.b.emit('func.ref', [], trampoline(m, known)) : i32(fl, -1);
  } else if (codeOf.has(node)) {
    code = fl.b.emit('func.ref', [], codeOf.get(node)!);
  } else {
    const irName = uniqueName(m, `${fl.module.name}.${module === undefined ? '' : '<builtins>.'}${qualname}`);
    codeOf.set(node, irName);
    const info: FuncInfo = {
      irName, pyName: name, node, params: slots, paramTypes: slots.map((): IrType => 'obj'), result: 'obj', defaults: a.defaults,
      module: fl.module, qualname, env: true, scope,
    };
    const f = m.addFunc(new Func(irName, ['obj', ...info.paramTypes], ['obj']));
    if (node._type === 'FunctionDef' && isGeneratorBody(node.body)) {
      // A generator function: its code is the creator of the generator object (gen.ts).
      if (!fl.module.gen) return fl.unsupported(node, 'generator functions in runtime code');
      fl.module.gen.lowerGenerator(info);
    } else {
      const body: ast.stmt[] = node._type === 'FunctionDef' ? node.body
        : [{ _type: 'Return', value: node.body, lineno: node.body.lineno, col_offset: node.body.col_offset, end_lineno: node.body.end_lineno, end_col_offset: node.body.end_col_offset } as ast.Return];
      fl.child(f, info).lowerBody(body);
    }
    code = fl.b.emit('func.ref', [], slots.length > FUNC_MAX_ARITY ? tableCode(m, `${irName}$code`, irName, info.paramTypes, true) : irName);
  }
  const str = (s: string) => fl.b.emit('const.str', [], s);
  const flags = (a.vararg ? FUNCF_VARARGS : 0) | (a.kwarg ? FUNCF_VARKW : 0) | (slots.length > FUNC_MAX_ARITY ? FUNCF_PACKED : 0);
  const npos = a.posonlyargs.length + a.args.length;
  const fobj = rtCallPure(fl, 'rt_func_new', [
    code, i32(fl, slots.length), str(name), str(qualname), str(module ?? fl.module.name), tupleOf(fl, slots.map(str)),
    i32(fl, a.posonlyargs.length), i32(fl, npos), i32(fl, a.kwonlyargs.length), i32(fl, flags),
  ]);
  const doc = docstring(node);
  if (doc !== undefined) rtCallPure(fl, 'rt_func_set_doc', [fobj, str(doc)], null);
  if (a.defaults.length || a.kw_defaults.some((d) => d)) rtCallPure(fl, 'rt_func_set_defaults', [fobj, defaults, kwdefaults], null);
  if (scope.free.length) rtCallPure(fl, 'rt_func_set_closure', [fobj, tupleOf(fl, scope.free.map((n) => fl.cellOf(node, n)))], null);
  return fobj;
}

/** A def's docstring: a str constant as the first statement of its body (__doc__). */
export function docstring(node: ast.FunctionDef | ast.Lambda): string | undefined {
  if (node._type !== 'FunctionDef') return undefined;
  const first = node.body[0];
  if (first?._type === 'Expr' && first.value._type === 'Constant' && typeof first.value.value === 'string') return first.value.value;
  return undefined;
}

/** An IR function name not yet in the module (a second `def f` becomes `__main__.f.2`). */
function uniqueName(m: IrModule, base: string): string {
  if (!m.func(base)) return base;
  for (let k = 2; ; k++) if (!m.func(`${base}.${k}`)) return `${base}.${k}`;
}

/** The table code of a directly called function: (env, p1..pn) -> obj calling it. Its parameters
 * then come from anywhere (inference gives them every type), but direct calls stay direct. */
function trampoline(m: IrModule, f: FuncInfo): string {
  return tableCode(m, `${f.irName}$code`, f.irName, f.paramTypes, false);
}

/** Makes (once) `name`, the table code calling IR function `target` (env first when `withEnv`)
 * with the slots `types`: `(env, s1..sn) -> obj`, or with more than FUNC_MAX_ARITY slots
 * `(env, slots) -> obj` taking them in one tuple (FUNCF_PACKED: rt_invoke passes its tuple). */
export function tableCode(m: IrModule, name: string, target: string, types: readonly IrType[], withEnv: boolean): string {
  if (m.func(name)) return name;
  const packed = types.length > FUNC_MAX_ARITY;
  if (packed && types.some((ty) => ty !== 'obj')) throw new Error(`tableCode: ${target} has unboxed slots`);
  const params: IrType[] = packed ? ['obj', 'obj'] : ['obj', ...types];
  const t = m.addFunc(new Func(name, params, ['obj']));
  const b = new FunctionBuilder(t);
  const entry = b.newBlock();
  b.switchTo(entry);
  const ps = params.map((ty) => t.addBlockParam(entry, ty));
  let slots = ps.slice(1);
  if (packed) {
    const items = b.emit('word.ptr', [ps[1]]);
    slots = types.map((_, i) => b.emit('load.obj', [items], BigInt(TUPLE_ITEMS + 8 * i)));
  }
  // An exception stays pending: the caller of call.indirect checks it.
  const r = b.emit('call', withEnv ? [ps[0], ...slots] : slots, target, 'obj');
  b.ret([r]);
  b.sealAll();
  return name;
}

/** A call with `*args` of a builtin, a builtin method or a math function, which their own
 * lowerings bind at compile time only from plain arguments: the callee as a value (a builtin
 * function object, a bound method), called through the runtime's argument binding. */
export function lowerStarCall(fl: FunctionLowering, e: ast.Call): Value {
  const f = e.func;
  if (f._type === 'Name' && isBuiltinValue(f.id) && !fl.isLocal(f.id)) return lowerValueCall(fl, e, lowerBuiltinValue(fl, f.id));
  return lowerValueCall(fl, e, fl.expr(f));
}

/** A call of any callable value: `f(1, x=2)`, `fs[0](3)`, `make()(2)`, `g(*args)`. */
export function lowerValueCall(fl: FunctionLowering, e: ast.Call, f: Value): Value {
  if (e.keywords.some((k) => k.arg === null)) return lowerDoubleStarCall(fl, e, f);
  const star = e.args.some((x) => x._type === 'Starred');
  // With user classes, a class or an instance with __call__ is dispatched at compile time
  // (classes.ts); anything else is called here with the evaluated arguments.
  if (!star) {
    const v = lowerClassValueCall(fl, e, f, (pos, kw) => callValues(fl, e.lineno, f, pos, kw));
    if (v !== undefined) return v;
  }
  if (!star && !e.keywords.length && e.args.length <= 4) {
    const args = e.args.map((x) => fl.expr(x));
    return rtCall(fl, e.lineno, `rt_call${args.length}`, [f, ...args]);
  }
  const args = star ? starredArgs(fl, e.args, f, e.keywords.map((k) => k.value))
    : tupleOf(fl, [...e.args, ...e.keywords.map((k) => k.value)].map((x) => fl.expr(x)));
  const names = e.keywords.length ? tupleOf(fl, e.keywords.map((k) => fl.b.emit('const.str', [], k.arg!))) : nullWord(fl);
  return rtCall(fl, e.lineno, 'rt_call_vec', [f, args, names]);
}

/** A call with `**m` among its keywords: `f(a, *xs, k=1, **m, j=2)`. As CPython does, the
 * positional arguments become a tuple and every keyword goes, in source order, into one dict
 * (a name given twice, or a non-dict after **, is a TypeError naming the callee); rt_call binds
 * the dict's items as keyword arguments. */
function lowerDoubleStarCall(fl: FunctionLowering, e: ast.Call, f: Value): Value {
  const args = starredArgs(fl, e.args, f);
  const d = rtCallPure(fl, 'rt_dict_new', []);
  for (const k of e.keywords) {
    const v = fl.expr(k.value);
    if (k.arg === null) mergeMapping(fl, e, d, v, f);
    else rtCall(fl, e.lineno, 'rt_call_kw_add', [d, fl.b.emit('const.str', [], k.arg), v, f], null);
  }
  return rtCall(fl, e.lineno, 'rt_call', [f, args, d]);
}

let mappingCount = 0;

/** `**m` of a call into the keyword dict d: a dict is merged by the runtime; an instance of a
 * program class with a keys() method is read as CPython's PyDict_Merge reads a mapping:
 * `for k in m.keys(): d[k] = m[k]` (duplicates are errors); anything else is "argument after **
 * must be a mapping". */
export function mergeMapping(fl: FunctionLowering, e: ast.Call, d: Value, m: Value, f: Value): void {
  const b = fl.b;
  const line = e.lineno;
  const loc = { lineno: e.lineno, col_offset: e.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
  // The mapping as a hidden variable, so that a method call can name it.
  const hidden = `$kwm${++mappingCount}`;
  b.declareVar(hidden, 'obj');
  b.defVar(hidden, m);
  fl.renames.push(new Map([['.kwm', hidden]]));
  const recv = { _type: 'Name', id: '.kwm', ctx: { _type: 'Load' }, ...loc } as ast.Name;
  const attr = { _type: 'Attribute', value: recv, attr: 'keys', ctx: { _type: 'Load' }, ...loc } as ast.Attribute;
  const call = { _type: 'Call', func: attr, args: [], keywords: [], ...loc } as ast.Call;
  const keys = lowerUserMethodCall(fl, call, attr, (self) => {
    rtCall(fl, line, 'rt_call_kw_merge', [d, self, f], null);
    return nullWord(fl);
  });
  fl.renames.pop();
  if (keys === undefined) {
    rtCall(fl, line, 'rt_call_kw_merge', [d, m, f], null);
    return;
  }
  // keys: NULL_WORD when the runtime merged (or refused) m, else what m.keys() returned.
  const loop = b.newBlock();
  const exit = b.newBlock();
  b.br(b.emit('py.is', [keys, nullWord(fl)]), exit, loop);
  b.seal(loop);
  b.switchTo(loop);
  const it = rtCall(fl, line, 'rt_iter', [keys]);
  const header = b.newBlock();
  b.jump(header);
  b.switchTo(header);
  const k = rtCall(fl, line, 'rt_next', [it]);
  const body = b.newBlock();
  b.br(b.emit('py.is', [k, nullWord(fl)]), exit, body);
  b.seal(body);
  b.switchTo(body);
  const v = rtCall(fl, line, 'rt_getitem', [m, k]);
  rtCall(fl, line, 'rt_call_kw_add', [d, k, v, f], null);
  b.jump(header);
  b.seal(header);
  b.seal(exit);
  b.switchTo(exit);
}

/** Calls f with evaluated positional and keyword arguments (rt_callN or rt_call_vec). */
export function callValues(fl: FunctionLowering, line: number, f: Value, pos: Value[], kw: { name: string; value: Value }[]): Value {
  if (!kw.length && pos.length <= 4) return rtCall(fl, line, `rt_call${pos.length}`, [f, ...pos]);
  const names = kw.length ? tupleOf(fl, kw.map((k) => fl.b.emit('const.str', [], k.name))) : nullWord(fl);
  return rtCall(fl, line, 'rt_call_vec', [f, tupleOf(fl, [...pos, ...kw.map((k) => k.value)]), names]);
}

/** The tuple of a call's positional arguments with `*x` items unpacked (then the values of
 * `extra`, keyword arguments). `f`: the callee, named in the error for a non-iterable `*x`
 * (undefined: print, whose name the message gives as the str 'print()'; a str names a builtin).
 * As in CPython, only a lone `*x` names the callee: with other positional arguments the items
 * are gathered first and the error says "Value after * ..." (rt_call_star's None; also f null). */
export function starredArgs(fl: FunctionLowering, argNodes: ast.expr[], f: Value | string | null | undefined, extra: ast.expr[] = []): Value {
  const l = rtCallPure(fl, 'rt_list_new', [i32(fl, 0)]);
  const lone = argNodes.length === 1 && f !== null;
  const who = (): Value => !lone ? fl.b.emit('const.none') : typeof f === 'string' ? fl.b.emit('const.str', [], f) : f ?? fl.b.emit('const.str', [], 'print()');
  for (const x of argNodes) {
    if (x._type === 'Starred') rtCall(fl, x.lineno, 'rt_call_star', [l, fl.expr(x.value), who()], null);
    else rtCallPure(fl, 'rt_list_append', [l, fl.expr(x)], null);
  }
  for (const x of extra) rtCallPure(fl, 'rt_list_append', [l, fl.expr(x)], null);
  return rtCallPure(fl, 'rt_tuple_call', [l]);
}

/** `math.sqrt` (or `sqrt` from `from math import sqrt`) as a value: a function object whose code
 * calls rt_math_<name> with its slots; an optional last argument defaults to NULL_WORD (absent),
 * as a call by name passes it. Variadic ones (hypot, gcd, lcm) are not supported as values. */
export function lowerMathValue(fl: FunctionLowering, node: ast.Located, name: string): Value {
  const arity = mathArity(name);
  if (!arity || arity[1] < 0 || name === 'isclose' || name === 'prod') return fl.unsupported(node, `math.${name} as a value`);
  const [min, max] = arity;
  const m = fl.module.ir!;
  const irName = `<math>.${name}$code`;
  if (!m.func(irName)) {
    const t = m.addFunc(new Func(irName, Array(max + 1).fill('obj'), ['obj']));
    const b = new FunctionBuilder(t);
    const entry = b.newBlock();
    b.switchTo(entry);
    const ps = Array.from({ length: max + 1 }, () => t.addBlockParam(entry, 'obj'));
    // A raised exception stays pending for the caller (a builtin has no traceback frame).
    b.ret([b.emit('call', ps.slice(1), `rt_math_${name}`, 'obj')]);
    b.sealAll();
  }
  const str = (s: string) => fl.b.emit('const.str', [], s);
  const names = ['x', 'y', 'z'].slice(0, max);
  const f = rtCallPure(fl, 'rt_func_new', [
    fl.b.emit('func.ref', [], irName), i32(fl, max), str(name), str(name), str('math'), tupleOf(fl, names.map(str)),
    i32(fl, max), i32(fl, max), i32(fl, 0), i32(fl, 0),
  ]);
  if (max > min) rtCallPure(fl, 'rt_func_set_defaults', [f, tupleOf(fl, Array.from({ length: max - min }, () => nullWord(fl))), nullWord(fl)], null);
  return f;
}
