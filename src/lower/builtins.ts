// Lowering of calls to builtins (len, abs, min, max, sum, round, divmod, pow, int, float, bool,
// str, repr, list, tuple, range, isinstance, hash) and to the math module's functions, as calls
// of runtime functions (stdlib/_rt/builtins.py, num_builtins.py, math.py) with universal words;
// an absent optional argument is NULL_WORD or None, as each runtime function documents. A name
// the module binds itself (or a local) is the user's, never the builtin.
import { BUILTIN_NAMES } from './suggestdata.js';
import type * as ast from '../parse/ast.js';
import type { Value } from '../ir/function.js';
import { TYPE_BOOL, TYPE_BYTEARRAY, TYPE_BYTES, TYPE_DICT, TYPE_FLOAT, TYPE_FROZENSET, TYPE_INT, TYPE_LIST, TYPE_NONE, TYPE_RANGE, TYPE_SET, TYPE_STR, TYPE_TUPLE, TYPE_STATICMETHOD, TYPE_CLASSMETHOD } from '../runtime/layout.js';
import type { FunctionLowering } from './function.js';
import { factsOf, mathName, nullWord, rtCall, rtCallPure } from './containers.js';
import { lowerCallable, lowerClassBuiltin, needsClassCheck } from './classes.js';
import { canInlineGenexp, lowerGenexpCall } from './gen.js';
import { isBuiltinValue, lowerBuiltinValue, lowerStarCall, lowerValueCall, starredArgs } from './callables.js';
import { DS_BUILTINS, lowerDsBuiltin } from './dicts.js';
import { constAttrName, lowerConstAttrBuiltin, lowerSetDelAttrBuiltin } from './attributes.js';

/** print()'s writer: the container-aware one only when the program can make containers. */
export function printWriter(fl: FunctionLowering): string {
  return factsOf(fl).containers ? 'rt_print_obj' : 'rt_write_obj';
}

/** Raises TypeError(msg) at run time after the arguments were evaluated, and continues in a
 * dead block. */
function argError(fl: FunctionLowering, e: ast.Call, msg: string): Value {
  fl.raise(e, 'TypeError', msg);
  const dead = fl.b.newBlock();
  fl.b.seal(dead);
  fl.b.switchTo(dead);
  return nullWord(fl);
}

const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;

/** CPython's messages for a wrong number of positional arguments, by calling convention. */
function arityMessage(name: string, style: 'O' | 'fast' | 'clinic' | 'varargs', min: number, max: number, n: number): string {
  if (style === 'O') return `${name}() takes exactly one argument (${n} given)`;
  if (style === 'varargs') return `${name}() takes at most ${plural(max, 'argument')} (${n} given)`;
  if (style === 'fast') {
    if (min === max) return `${name} expected ${plural(min, 'argument')}, got ${n}`;
    if (n < min) return `${name} expected at least ${plural(min, 'argument')}, got ${n}`;
    return `${name} expected at most ${plural(max, 'argument')}, got ${n}`;
  }
  if (n > max) return `${name}() takes at most ${plural(max, 'argument')} (${n} given)`;
  const names = CLINIC_PARAMS[name];
  if (names) return `${name}() missing required argument '${names[n]}' (pos ${n + 1})`;
  return `${name}() takes at least ${plural(min, 'positional argument')} (${n} given)`;
}

/** Argument Clinic's names for the required parameters (its 'missing required argument' message). */
const CLINIC_PARAMS: Record<string, string[]> = { round: ['number', 'ndigits'], pow: ['base', 'exp', 'mod'] };

type Spec = { min: number; max: number; style: 'O' | 'fast' | 'clinic' | 'varargs'; kw?: string[] };

const BUILTINS: Record<string, Spec> = {
  len: { min: 1, max: 1, style: 'O' },
  abs: { min: 1, max: 1, style: 'O' },
  repr: { min: 1, max: 1, style: 'O' },
  hash: { min: 1, max: 1, style: 'O' },
  id: { min: 1, max: 1, style: 'O' },
  vars: { min: 0, max: 1, style: 'fast' },
  locals: { min: 0, max: 0, style: 'fast' },
  str: { min: 0, max: 3, style: 'varargs', kw: ['object', 'encoding', 'errors'] },
  bool: { min: 0, max: 1, style: 'fast' },
  float: { min: 0, max: 1, style: 'fast' },
  list: { min: 0, max: 1, style: 'fast' },
  tuple: { min: 0, max: 1, style: 'fast' },
  int: { min: 0, max: 2, style: 'clinic', kw: ['base'] },
  range: { min: 1, max: 3, style: 'fast' },
  slice: { min: 1, max: 3, style: 'fast' },
  min: { min: 1, max: Infinity, style: 'fast', kw: ['default', 'key'] },
  max: { min: 1, max: Infinity, style: 'fast', kw: ['default', 'key'] },
  sum: { min: 1, max: 2, style: 'clinic', kw: ['start'] },
  round: { min: 1, max: 2, style: 'clinic', kw: ['ndigits'] },
  divmod: { min: 2, max: 2, style: 'fast' },
  pow: { min: 2, max: 3, style: 'clinic', kw: ['base', 'exp', 'mod'] },
  isinstance: { min: 2, max: 2, style: 'fast' },
  sorted: { min: 1, max: 1, style: 'fast', kw: ['reverse', 'key'] },
  map: { min: 1, max: Infinity, style: 'fast' },
  filter: { min: 2, max: 2, style: 'fast' },
  enumerate: { min: 1, max: 2, style: 'clinic', kw: ['start'] },
  zip: { min: 0, max: Infinity, style: 'fast' },
  reversed: { min: 1, max: 1, style: 'fast' },
  iter: { min: 1, max: 1, style: 'fast' },
  next: { min: 1, max: 2, style: 'fast' },
  any: { min: 1, max: 1, style: 'O' },
  all: { min: 1, max: 1, style: 'O' },
  open: { min: 1, max: 2, style: 'clinic', kw: ['mode', 'encoding'] },
  input: { min: 0, max: 1, style: 'fast' },
  getattr: { min: 2, max: 3, style: 'fast' },
  setattr: { min: 3, max: 3, style: 'fast' },
  delattr: { min: 2, max: 2, style: 'fast' },
  hasattr: { min: 2, max: 2, style: 'fast' },
  // strings and bytes (stdlib/_rt/format.py, str_builtins.py, bytes.py)
  format: { min: 1, max: 2, style: 'fast' },
  ascii: { min: 1, max: 1, style: 'O' },
  ord: { min: 1, max: 1, style: 'O' },
  chr: { min: 1, max: 1, style: 'O' },
  hex: { min: 1, max: 1, style: 'O' },
  oct: { min: 1, max: 1, style: 'O' },
  bin: { min: 1, max: 1, style: 'O' },
  bytes: { min: 0, max: 3, style: 'varargs', kw: ['encoding', 'errors'] },
  bytearray: { min: 0, max: 3, style: 'varargs', kw: ['encoding', 'errors'] },
};

const TYPE_IDS: Record<string, number> = {
  int: TYPE_INT, float: TYPE_FLOAT, bool: TYPE_BOOL, str: TYPE_STR, list: TYPE_LIST, tuple: TYPE_TUPLE, range: TYPE_RANGE,
  dict: TYPE_DICT, set: TYPE_SET, frozenset: TYPE_FROZENSET,
  bytes: TYPE_BYTES, bytearray: TYPE_BYTEARRAY,
};

/** A call of a plain name that is neither a local nor a known function: a builtin or a name
 * imported from math. */
export function lowerNameCall(fl: FunctionLowering, e: ast.Call, id: string): Value {
  const m = mathName(fl, id);
  if (m !== undefined) return lowerMathCall(fl, e, m);
  const shadowed = fl.isLocal(id) || factsOf(fl).bound.has(id);
  // type(), issubclass() and isinstance() over classes as values: classes.ts
  if (!shadowed && (id === 'type' || id === 'issubclass' || (id === 'isinstance' && e.args.length === 2 && needsClassCheck(fl, e.args[1])))) {
    return lowerClassBuiltin(fl, e, id);
  }
  if (!shadowed && id === 'callable') return lowerCallable(fl, e);
  // staticmethod(f) / classmethod(f) as values (a class attribute `helper = staticmethod(f)`)
  if (!shadowed && (id === 'staticmethod' || id === 'classmethod') && e.args.length === 1 && e.args[0]._type !== 'Starred' && !e.keywords.length) {
    return rtCallPure(fl, 'rt_descr_new', [fl.expr(e.args[0]), fl.b.emit('const.i32', [], BigInt(id === 'staticmethod' ? TYPE_STATICMETHOD : TYPE_CLASSMETHOD))]);
  }
  if (DS_BUILTINS.has(id) && !fl.isLocal(id) && !factsOf(fl).bound.has(id)) return lowerDsBuiltin(fl, e, id);
  const spec = BUILTINS[id];
  if (shadowed) return lowerValueCall(fl, e, fl.expr(e.func));
  // sorted(*xs, **kw): bound at run time through the builtin's function object (callables.ts).
  const dynamic = e.args.some((a) => a._type === 'Starred') || e.keywords.some((k) => k.arg === null);
  // zip(*rows), map(f, *its): any number of iterables gathered into the runtime's tuple
  if (dynamic && !e.keywords.length && id === 'zip') return rtCall(fl, e.lineno, 'rt_zip', [starredArgs(fl, e.args, 'zip()')]);
  if (dynamic && !e.keywords.length && id === 'map' && e.args[0]._type !== 'Starred') {
    const f = fl.expr(e.args[0]);
    return rtCall(fl, e.lineno, 'rt_map', [f, starredArgs(fl, e.args.slice(1), null)]);
  }
  if (dynamic && isBuiltinValue(id)) return lowerValueCall(fl, e, lowerBuiltinValue(fl, id));
  // object(): a featureless instance (sentinels)
  if (id === 'object' && !shadowed) {
    if (e.args.length || e.keywords.length) {
      for (const a of e.args) fl.expr(a._type === 'Starred' ? a.value : a);
      for (const k of e.keywords) fl.expr(k.value);
      return argError(fl, e, 'object() takes no arguments');
    }
    return rtCall(fl, e.lineno, 'rt_object_instance', []);
  }
  // a name no scope binds and no builtin has: NameError when the call runs
  if (!spec && !shadowed && !BUILTIN_NAMES.includes(id)) return fl.nameErrorValue(e.func, id);
  if (!spec || shadowed) return fl.unsupported(e.func, `calling ${id}`);
  if (e.args.some((a) => a._type === 'Starred')) return isBuiltinValue(id) ? lowerStarCall(fl, e) : fl.unsupported(e, 'calls with *args');
  const kw = new Map<string, ast.expr>();
  for (const k of e.keywords) {
    if (k.arg === null || !(spec.kw ?? []).includes(k.arg)) return fl.unsupported(k, `${id}(${k.arg ?? '**'}=...)`);
    kw.set(k.arg, k.value);
  }
  if (canInlineGenexp(id, e)) return lowerGenexpCall(fl, e, id, kw);
  if (id === 'isinstance' && e.args.length === 2) {
    const mask = typeMask(fl, e.args[1]);
    const x = fl.expr(e.args[0]);
    // an i32 in a bool box: a truth test of it is the i32 (specialize), a branch on it plain
    return fl.b.emit('box.bool', [rtCallPure(fl, 'rt_isinstance', [x, fl.b.emit('const.i32', [], BigInt(mask))], 'i32')]);
  }
  // pow(base=, exp=, mod=) keywords fill the positional slots.
  let argNodes = e.args;
  if (id === 'pow' && kw.size) {
    const slots: (ast.expr | undefined)[] = [...e.args];
    ['base', 'exp', 'mod'].forEach((n, i) => {
      if (kw.has(n)) slots[i] = kw.get(n);
    });
    if (slots.slice(0, 2).some((x) => !x)) return fl.unsupported(e, 'pow() with these keywords');
    argNodes = slots.filter((x): x is ast.expr => !!x);
    kw.clear();
  }
  if ((id === 'getattr' || id === 'hasattr') && !fl.typed && e.args.length >= 2 && e.args.length <= spec.max) {
    const name = constAttrName(e);
    if (name !== undefined) return lowerConstAttrBuiltin(fl, e, id, name);
  }
  if ((id === 'setattr' || id === 'delattr') && !fl.typed && e.args.length === spec.max && !e.args.some((a) => a._type === 'Starred')) return lowerSetDelAttrBuiltin(fl, e, id);
  const args = argNodes.map((a) => fl.expr(a));
  const kws = new Map([...kw].map(([k, v]) => [k, fl.expr(v)] as const));
  const n = args.length + (id === 'int' && kws.has('base') ? 1 : 0);
  if (n < spec.min || n > spec.max) return argError(fl, e, arityMessage(id, spec.style, spec.min, spec.max, n));
  const line = e.lineno;
  const none = () => fl.b.emit('const.none');
  const call = (name: string, a: Value[]) => rtCall(fl, line, name, a);
  switch (id) {
    case 'len':
      return call('rt_len', args);
    case 'abs':
      return call('rt_abs', args);
    case 'repr':
      return call('rt_repr', args);
    case 'hash':
      return call('rt_hash', args);
    case 'id':
      return call('rt_id', args);
    case 'locals':
      return fl.localsDict() ?? fl.unsupported(e, 'locals() outside a function');
    case 'vars':
      // vars(x): a copy of an instance's attributes (instdict.ts checks it is only read)
      if (!args.length) return fl.localsDict() ?? fl.unsupported(e, 'vars() outside a function');
      return call('rt_vars', args);
    case 'str': {
      // str(x), or str(b, encoding, errors): bytes decoded (rt_str_decode)
      const x = args[0] ?? kws.get('object');
      const enc = args[1] ?? kws.get('encoding');
      const errs = args[2] ?? kws.get('errors');
      if (args.length && kws.has('object')) return argError(fl, e, "argument for str() given by name ('object') and position (1)");
      // (Values are numbers: v0 is a value, so test for undefined, not truth)
      if (enc !== undefined || errs !== undefined) return call('rt_str_decode', [x ?? nullWord(fl), enc ?? nullWord(fl), errs ?? nullWord(fl)]);
      return x !== undefined ? call('rt_str_call', [x]) : fl.b.emit('const.str', [], '');
    }
    case 'bool': {
      if (!args.length) return fl.b.emit('const.bool', [], 0n);
      const t = fl.b.emit('py.truth', [args[0]]);
      fl.check(line);
      return fl.b.emit('box.bool', [t]);
    }
    case 'float':
      return args.length ? call('rt_float_call', args) : fl.b.emit('const.float', [], 0);
    case 'int':
      if (!args.length && !kws.size) return fl.b.emit('const.int', [], 0n);
      if (!args.length) return argError(fl, e, 'int() missing string argument');
      return call('rt_int_call', [args[0], args[1] ?? kws.get('base') ?? none()]);
    case 'list':
      return args.length ? call('rt_list_call', args) : rtCallPure(fl, 'rt_list_new', [fl.b.emit('const.i32', [], 0n)]);
    case 'tuple':
      return args.length ? call('rt_tuple_call', args) : rtCallPure(fl, 'rt_tuple_new', [fl.b.emit('const.i32', [], 0n)]);
    case 'range':
      return call('rt_range_new', [args[0], args[1] ?? nullWord(fl), args[2] ?? nullWord(fl)]);
    case 'slice': // slice(stop) or slice(start, stop[, step]): stdlib/_rt/slice.py
      return rtCallPure(fl, 'rt_slice_new', args.length === 1 ? [nullWord(fl), args[0], nullWord(fl)] : [args[0], args[1], args[2] ?? nullWord(fl)]);
    case 'min':
    case 'max': {
      let it = args[0];
      if (args.length > 1) {
        if (kws.has('default')) return argError(fl, e, `Cannot specify a default for ${id}() with multiple positional arguments`);
        it = rtCallPure(fl, 'rt_tuple_new', [fl.b.emit('const.i32', [], BigInt(args.length))]);
        args.forEach((a, i) => rtCallPure(fl, 'rt_tuple_set', [it, fl.b.emit('const.i32', [], BigInt(i)), a], null));
      }
      const isMax = fl.b.emit('const.i32', [], id === 'max' ? 1n : 0n);
      if (kws.has('key')) return call('rt_minmax_key', [it, isMax, kws.get('default') ?? nullWord(fl), kws.get('key')!]);
      return call('rt_minmax', [it, isMax, kws.get('default') ?? nullWord(fl)]);
    }
    case 'sum':
      return call('rt_sum', [args[0], args[1] ?? kws.get('start') ?? fl.b.emit('const.int', [], 0n)]);
    case 'round':
      return call('rt_round', [args[0], args[1] ?? kws.get('ndigits') ?? none()]);
    case 'divmod':
      return call('rt_divmod', args);
    case 'enumerate':
      return call('rt_enumerate', [args[0], args[1] ?? kws.get('start') ?? nullWord(fl)]);
    case 'zip': {
      const t = rtCallPure(fl, 'rt_tuple_new', [fl.b.emit('const.i32', [], BigInt(args.length))]);
      args.forEach((a, i) => rtCallPure(fl, 'rt_tuple_set', [t, fl.b.emit('const.i32', [], BigInt(i)), a], null));
      return call('rt_zip', [t]);
    }
    case 'reversed':
      return call('rt_reversed', args);
    case 'iter':
      return call('rt_iter_call', args);
    case 'getattr': // stdlib/_rt/attr_builtins.py (data attributes: what rt_getattr finds)
      return call('rt_getattr_call', [args[0], args[1], args[2] ?? nullWord(fl)]);
    case 'hasattr':
      return call('rt_hasattr_call', args);
    case 'next':
      return call('rt_next_call', [args[0], args[1] ?? nullWord(fl)]);
    case 'any':
    case 'all':
      return call('rt_any_all', [args[0], fl.b.emit('const.i32', [], id === 'all' ? 1n : 0n)]);
    case 'sorted':
      if (kws.has('key')) return call('rt_sorted_key', [args[0], kws.get('key')!, kws.get('reverse') ?? nullWord(fl)]);
      return call('rt_sorted', [args[0], kws.get('reverse') ?? nullWord(fl)]);
    case 'open': {
      const enc = kws.get('encoding');
      if (enc !== undefined && !(e.keywords.find((k) => k.arg === 'encoding')!.value._type === 'Constant')) return fl.unsupported(e, 'open() with a computed encoding');
      return call('rt_open', [args[0], args[1] ?? kws.get('mode') ?? nullWord(fl)]);
    }
    case 'input':
      return call('rt_input', [args[0] ?? nullWord(fl)]);
    case 'map': {
      if (args.length < 2) return argError(fl, e, 'map() must have at least two arguments.');
      const t = rtCallPure(fl, 'rt_tuple_new', [fl.b.emit('const.i32', [], BigInt(args.length - 1))]);
      args.slice(1).forEach((a, i) => rtCallPure(fl, 'rt_tuple_set', [t, fl.b.emit('const.i32', [], BigInt(i)), a], null));
      return call('rt_map', [args[0], t]);
    }
    case 'filter':
      return call('rt_filter', args);
    case 'format':
      return call('rt_format', [args[0], args[1] ?? fl.b.emit('const.str', [], '')]);
    case 'ascii':
      return call('rt_ascii', args);
    case 'ord':
      return call('rt_ord', args);
    case 'chr':
      return call('rt_chr', args);
    case 'hex':
    case 'oct':
    case 'bin':
      return call('rt_int_base_str', [args[0], fl.b.emit('const.i32', [], BigInt(id === 'hex' ? 16 : id === 'oct' ? 8 : 2))]);
    case 'bytes':
    case 'bytearray':
      return call('rt_bytes_call', [args[0] ?? nullWord(fl), args[1] ?? kws.get('encoding') ?? nullWord(fl), args[2] ?? kws.get('errors') ?? nullWord(fl), fl.b.emit('const.i32', [], id === 'bytearray' ? 1n : 0n)]);
    case 'pow':
      if (args.length === 2) {
        const v = fl.b.emit('py.pow', args);
        fl.check(line);
        return v;
      }
      return call('rt_pow3', args);
    default:
      return fl.unsupported(e.func, `calling ${id}`);
  }
}

/** The rt_isinstance mask for isinstance's second argument: a builtin class, type(None), or a
 * tuple of them. */
function typeMask(fl: FunctionLowering, e: ast.expr): number {
  if (e._type === 'Tuple') return e.elts.reduce((m, x) => m | typeMask(fl, x), 0);
  if (e._type === 'Name' && TYPE_IDS[e.id] !== undefined && !fl.isLocal(e.id) && !factsOf(fl).bound.has(e.id)) return 1 << TYPE_IDS[e.id];
  if (e._type === 'Call' && e.func._type === 'Name' && e.func.id === 'type' && e.args.length === 1 && e.args[0]._type === 'Constant' && e.args[0].value === null) {
    return 1 << TYPE_NONE;
  }
  return fl.unsupported(e, 'this isinstance() class');
}

// ---- math ---------------------------------------------------------------------------------------

export const MATH_CONSTANTS: Record<string, number> = {
  pi: Math.PI, e: Math.E, tau: 2 * Math.PI, inf: Infinity, nan: NaN,
};

/** math functions: [min, max, calling convention]; max -1: variadic (passed as one tuple). */
const MATH: Record<string, [number, number, 'O' | 'fast' | 'clinic']> = {
  sqrt: [1, 1, 'O'], floor: [1, 1, 'O'], ceil: [1, 1, 'O'], trunc: [1, 1, 'O'], fabs: [1, 1, 'O'],
  exp: [1, 1, 'O'], exp2: [1, 1, 'O'], expm1: [1, 1, 'O'], log1p: [1, 1, 'O'], log2: [1, 1, 'O'], log10: [1, 1, 'O'],
  sin: [1, 1, 'O'], cos: [1, 1, 'O'], tan: [1, 1, 'O'], asin: [1, 1, 'O'], acos: [1, 1, 'O'], atan: [1, 1, 'O'],
  sinh: [1, 1, 'O'], cosh: [1, 1, 'O'], tanh: [1, 1, 'O'], asinh: [1, 1, 'O'], acosh: [1, 1, 'O'], atanh: [1, 1, 'O'],
  degrees: [1, 1, 'O'], radians: [1, 1, 'O'], isnan: [1, 1, 'O'], isinf: [1, 1, 'O'], isfinite: [1, 1, 'O'],
  factorial: [1, 1, 'O'], isqrt: [1, 1, 'O'], modf: [1, 1, 'O'], frexp: [1, 1, 'O'], fsum: [1, 1, 'O'],
  log: [1, 2, 'fast'], pow: [2, 2, 'fast'], atan2: [2, 2, 'fast'], copysign: [2, 2, 'fast'], fmod: [2, 2, 'fast'],
  ldexp: [2, 2, 'fast'], comb: [2, 2, 'fast'], perm: [1, 2, 'fast'], dist: [2, 2, 'fast'], remainder: [2, 2, 'fast'],
  nextafter: [2, 2, 'fast'], ulp: [1, 1, 'O'],
  hypot: [0, -1, 'fast'], gcd: [0, -1, 'fast'], lcm: [0, -1, 'fast'],
  isclose: [2, 2, 'clinic'], prod: [1, 1, 'clinic'],
};

/** The names of the math functions. */
export const MATH_NAMES = Object.keys(MATH);

/** The arity of math function X ([min, max]; max -1: variadic), if it is one. */
export function mathArity(name: string): [number, number] | undefined {
  const spec = MATH[name];
  return spec ? [spec[0], spec[1]] : undefined;
}

/** math.X(args) or X(args) after `from math import X`: a call of rt_math_X in math.py. */
export function lowerMathCall(fl: FunctionLowering, e: ast.Call, name: string): Value {
  const spec = MATH[name];
  if (!spec) return fl.unsupported(e, `math.${name}`);
  const [min, max, style] = spec;
  if (e.args.some((a) => a._type === 'Starred')) {
    // gcd, lcm, hypot take their arguments as one tuple
    if (max === -1 && !e.keywords.length) return rtCall(fl, e.lineno, `rt_math_${name}`, [starredArgs(fl, e.args, null)]);
    return lowerStarCall(fl, e);
  }
  const allowed = name === 'isclose' ? ['rel_tol', 'abs_tol'] : name === 'prod' ? ['start'] : [];
  for (const k of e.keywords) if (k.arg === null || !allowed.includes(k.arg)) return fl.unsupported(k, `math.${name}(${k.arg ?? '**'}=...)`);
  const args = e.args.map((a) => fl.expr(a));
  const kws = new Map(e.keywords.map((k) => [k.arg!, fl.expr(k.value)] as const));
  const n = args.length;
  const fn = `rt_math_${name}`;
  if (max === -1) {
    const t = rtCallPure(fl, 'rt_tuple_new', [fl.b.emit('const.i32', [], BigInt(n))]);
    args.forEach((a, i) => rtCallPure(fl, 'rt_tuple_set', [t, fl.b.emit('const.i32', [], BigInt(i)), a], null));
    return rtCall(fl, e.lineno, fn, [t]);
  }
  if (n < min || n > max) {
    const msg = style === 'clinic'
      ? (n > max || name === 'prod' ? `${name}() takes exactly ${plural(max, 'positional argument')} (${n} given)` : `${name}() missing required argument '${['a', 'b'][n] ?? 'x'}' (pos ${n + 1})`)
      : arityMessage(style === 'O' ? `math.${name}` : name, style, min, max, n);
    return argError(fl, e, msg);
  }
  const full = [...args];
  while (full.length < max) full.push(nullWord(fl));
  if (name === 'isclose') full.push(kws.get('rel_tol') ?? nullWord(fl), kws.get('abs_tol') ?? nullWord(fl));
  if (name === 'prod') full.push(kws.get('start') ?? nullWord(fl));
  return rtCall(fl, e.lineno, fn, full);
}
