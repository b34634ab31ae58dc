// Lowering of strings beyond literals (untyped user code): f-strings (JoinedStr/FormattedValue,
// conversions, nested specs, the `=` form, which the parser has already expanded), bytes
// literals, and calls of str/bytes methods, dispatched at run time to stdlib/_rt/str_methods.py
// (rt_sm_<name>) and bytes.py; keyword arguments fill the parameters CPython lets be named.
// Called from hooks in function.ts and containers.ts.
import { forEachField } from '../parse/fields.js';
import type * as ast from '../parse/ast.js';
import type { Value } from '../ir/function.js';
import type { FunctionLowering } from './function.js';
import { factsOf, nullWord, rtCall, rtCallPure } from './containers.js';
import { lowerStarCall, mergeMapping, starredArgs } from './callables.js';
import { raiseAfter } from './dicts.js';

/** f'...': each part formatted, then all joined in one allocation. */
export function lowerJoinedStr(fl: FunctionLowering, e: ast.JoinedStr): Value {
  if (fl.typed) return fl.unsupported(e, 'f-strings in runtime code');
  const parts: Value[] = [];
  for (const v of e.values) {
    if (v._type === 'Constant' && typeof v.value === 'string') {
      if (v.value !== '') parts.push(fl.b.emit('const.str', [], v.value));
    } else if (v._type === 'FormattedValue') {
      parts.push(lowerFormattedValue(fl, v));
    } else return fl.unsupported(v, 'this f-string part');
  }
  if (parts.length === 0) return fl.b.emit('const.str', [], '');
  if (parts.length === 1 && e.values[0]._type === 'FormattedValue') return parts[0];
  if (parts.length === 1) return parts[0];
  // Two to four parts (most f-strings): joined straight from the values, no tuple to allocate.
  const direct = ['', '', 'rt_str_concat', 'rt_str_cat3', 'rt_str_cat4'][parts.length];
  if (direct) return fl.b.emit('call', parts, direct, 'obj');
  const t = fl.b.emit('call', [fl.b.emit('const.i32', [], BigInt(parts.length))], 'rt_tuple_new', 'obj');
  parts.forEach((p, i) => fl.b.emit('call', [t, fl.b.emit('const.i32', [], BigInt(i)), p], 'rt_tuple_set', null));
  return fl.b.emit('call', [t], 'rt_str_join_parts', 'obj');
}

function lowerFormattedValue(fl: FunctionLowering, v: ast.FormattedValue): Value {
  const x = fl.expr(v.value);
  const conv = v.conversion < 0 ? 0 : v.conversion;
  let spec: Value;
  if (!v.format_spec) spec = nullWord(fl);
  else if (v.format_spec._type === 'JoinedStr') spec = lowerJoinedStr(fl, v.format_spec);
  else spec = fl.expr(v.format_spec);
  return rtCall(fl, v.lineno, 'rt_format_value', [x, fl.b.emit('const.i32', [], BigInt(conv)), spec]);
}

/** b'...': a static latin-1 str copied into a new bytes object. */
export function lowerBytesConstant(fl: FunctionLowering, bytes: Uint8Array): Value {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return fl.b.emit('call', [fl.b.emit('const.str', [], s)], 'rt_bytes_from_latin1', 'obj');
}

// ---- methods -----------------------------------------------------------------------------------

/** How CPython words a wrong argument count for each method (its calling convention). */
type Style = 'noargs' | 'O' | 'fast' | 'varargs';
interface StrMethod {
  fn: string;
  min: number;
  max: number;
  style: Style;
  /** Parameters that may be given by keyword, in positional order from `kwFrom`. */
  kw?: string[];
  kwFrom?: number;
  /** The list/tuple method of the same name (count, index): its wrong-count message (a leading
   * '.' asks for the owner's name in front: 'list.count() takes ...'). */
  listMsg?: (n: number) => string;
}

const noargs = (fn: string): StrMethod => ({ fn, min: 0, max: 0, style: 'noargs' });
const search = (fn: string): StrMethod => ({ fn, min: 1, max: 3, style: 'varargs' });

export const STR_METHODS: Record<string, StrMethod> = {
  split: { fn: 'rt_sm_split', min: 0, max: 2, style: 'varargs', kw: ['sep', 'maxsplit'], kwFrom: 0 },
  rsplit: { fn: 'rt_sm_rsplit', min: 0, max: 2, style: 'varargs', kw: ['sep', 'maxsplit'], kwFrom: 0 },
  splitlines: { fn: 'rt_sm_splitlines', min: 0, max: 1, style: 'varargs', kw: ['keepends'], kwFrom: 0 },
  join: { fn: 'rt_sm_join', min: 1, max: 1, style: 'O' },
  strip: { fn: 'rt_sm_strip', min: 0, max: 1, style: 'fast' },
  lstrip: { fn: 'rt_sm_lstrip', min: 0, max: 1, style: 'fast' },
  rstrip: { fn: 'rt_sm_rstrip', min: 0, max: 1, style: 'fast' },
  replace: { fn: 'rt_sm_replace', min: 2, max: 3, style: 'fast' },
  find: search('rt_sm_find'),
  rfind: search('rt_sm_rfind'),
  index: { ...search('rt_sm_index'), listMsg: (n) => n < 1 ? `index expected at least 1 argument, got ${n}` : `index expected at most 3 arguments, got ${n}` },
  rindex: search('rt_sm_rindex'),
  count: { ...search('rt_sm_count'), listMsg: (n) => `.count() takes exactly one argument (${n} given)` },
  startswith: search('rt_sm_startswith'),
  endswith: search('rt_sm_endswith'),
  upper: noargs('rt_sm_upper'),
  lower: noargs('rt_sm_lower'),
  title: noargs('rt_sm_title'),
  capitalize: noargs('rt_sm_capitalize'),
  swapcase: noargs('rt_sm_swapcase'),
  casefold: noargs('rt_sm_casefold'),
  isdigit: noargs('rt_sm_isdigit'),
  isdecimal: noargs('rt_sm_isdecimal'),
  isnumeric: noargs('rt_sm_isnumeric'),
  isalpha: noargs('rt_sm_isalpha'),
  isalnum: noargs('rt_sm_isalnum'),
  isspace: noargs('rt_sm_isspace'),
  isupper: noargs('rt_sm_isupper'),
  islower: noargs('rt_sm_islower'),
  istitle: noargs('rt_sm_istitle'),
  isidentifier: noargs('rt_sm_isidentifier'),
  isascii: noargs('rt_sm_isascii'),
  isprintable: noargs('rt_sm_isprintable'),
  center: { fn: 'rt_sm_center', min: 1, max: 2, style: 'fast' },
  ljust: { fn: 'rt_sm_ljust', min: 1, max: 2, style: 'fast' },
  rjust: { fn: 'rt_sm_rjust', min: 1, max: 2, style: 'fast' },
  zfill: { fn: 'rt_sm_zfill', min: 1, max: 1, style: 'O' },
  partition: { fn: 'rt_sm_partition', min: 1, max: 1, style: 'O' },
  rpartition: { fn: 'rt_sm_rpartition', min: 1, max: 1, style: 'O' },
  expandtabs: { fn: 'rt_sm_expandtabs', min: 0, max: 1, style: 'varargs', kw: ['tabsize'], kwFrom: 0 },
  encode: { fn: 'rt_sm_encode', min: 0, max: 2, style: 'varargs', kw: ['encoding', 'errors'], kwFrom: 0 },
  removeprefix: { fn: 'rt_sm_removeprefix', min: 1, max: 1, style: 'O' },
  removesuffix: { fn: 'rt_sm_removesuffix', min: 1, max: 1, style: 'O' },
  translate: { fn: 'rt_sm_translate', min: 1, max: 1, style: 'O' },
  format_map: { fn: 'rt_sm_format_map', min: 1, max: 1, style: 'O' },
  // bytes and bytearray
  decode: { fn: 'rt_bm_decode', min: 0, max: 2, style: 'varargs', kw: ['encoding', 'errors'], kwFrom: 0 },
  hex: { fn: 'rt_bm_hex', min: 0, max: 0, style: 'noargs' },
};

/** Methods shared with lists (the list lowering in containers.ts must leave these to us). */
export function isStrMethod(name: string): boolean {
  return Object.prototype.hasOwnProperty.call(STR_METHODS, name);
}

function arityMessage(name: string, m: StrMethod, n: number): string {
  const pl = (k: number) => `${k} argument${k === 1 ? '' : 's'}`;
  switch (m.style) {
    case 'noargs':
      return `str.${name}() takes no arguments (${n} given)`;
    case 'O':
      return `str.${name}() takes exactly one argument (${n} given)`;
    case 'fast':
      return n < m.min ? `${name} expected ${m.min === m.max ? '' : 'at least '}${pl(m.min)}, got ${n}` : `${name} expected at most ${pl(m.max)}, got ${n}`;
    case 'varargs':
      return n < m.min ? `${name}() takes at least ${pl(m.min)} (${n} given)` : `${name}() takes at most ${pl(m.max)} (${n} given)`;
  }
}

/** Evaluated arguments of a method call (as classes.ts passes them to its fallback). */
export interface MethodArgs {
  pos: Value[];
  kw: { name: string; value: Value }[];
}

/** `x.name(args)` for a str/bytes method name: undefined when `name` is not one. */
export function lowerStrMethodCall(fl: FunctionLowering, e: ast.Call, f: ast.Attribute): Value | undefined {
  const v = f.value;
  if (f.attr === 'fromhex' && v._type === 'Name' && (v.id === 'bytes' || v.id === 'bytearray') && !fl.isLocal(v.id) && !factsOf(fl).bound.has(v.id)) {
    if (e.keywords.length || e.args.length !== 1 || e.args[0]._type === 'Starred') return fl.unsupported(e, `${v.id}.fromhex() with these arguments`);
    return rtCall(fl, e.lineno, 'rt_bytes_fromhex', [fl.expr(e.args[0]), fl.b.emit('const.i32', [], v.id === 'bytearray' ? 1n : 0n)]);
  }
  if (f.attr === 'fromhex' && v._type === 'Name' && v.id === 'float' && !fl.isLocal(v.id) && !factsOf(fl).bound.has(v.id)) {
    if (e.keywords.length || e.args.length !== 1 || e.args[0]._type === 'Starred') return fl.unsupported(e, 'float.fromhex() with these arguments');
    return rtCall(fl, e.lineno, 'rt_float_fromhex', [fl.expr(e.args[0])]);
  }
  if (f.attr === 'maketrans' && v._type === 'Name' && v.id === 'str' && !fl.isLocal(v.id) && !factsOf(fl).bound.has(v.id)) {
    if (e.args.some((a) => a._type === 'Starred') || e.keywords.some((k) => k.arg === null)) return fl.unsupported(e, 'str.maketrans() with *args or **kwargs');
    const n = e.args.length;
    const args = e.args.map((a) => fl.expr(a));
    e.keywords.forEach((k) => fl.expr(k.value));
    if (e.keywords.length) return raiseAfter(fl, e, 'str.maketrans() takes no keyword arguments');
    if (n < 1 || n > 3) return raiseAfter(fl, e, n < 1 ? 'maketrans expected at least 1 argument, got 0' : `maketrans expected at most 3 arguments, got ${n}`);
    while (args.length < 3) args.push(nullWord(fl));
    return rtCall(fl, e.lineno, 'rt_str_maketrans', args);
  }
  if (f.attr !== 'format' && f.attr !== 'maketrans' && !isStrMethod(f.attr)) return undefined;
  const starred = e.args.some((a) => a._type === 'Starred') || e.keywords.some((k) => k.arg === null);
  if (f.attr === 'format' && starred) return strFormatStarred(fl, e, f);
  if (e.args.some((a) => a._type === 'Starred') || e.keywords.some((k) => k.arg === null)) return lowerStarCall(fl, e);
  // Python's order: the receiver, the positional arguments, the keyword arguments.
  const self = fl.expr(f.value);
  const pos = e.args.map((a) => fl.expr(a));
  const kw = e.keywords.map((k) => ({ name: k.arg!, value: fl.expr(k.value) }));
  // `", ".join(x)`: the receiver is a str, so the str-only entry (whose result inference knows
  // is a str: "[" + sep.join(x) + "]" is then a str concatenation at -O2).
  const lit = f.value._type === 'Constant' && typeof f.value.value === 'string';
  if (lit && f.attr === 'join' && pos.length === 1 && kw.length === 0) return rtCall(fl, e.lineno, 'rt_str_join', [self, pos[0]]);
  return strMethodOn(fl, e, f.attr, self, { pos, kw });
}

/** A str/bytes method called on evaluated values (undefined when `name` is not one); also the
 * fallback of a method name that some class of the program defines too (containers.ts). */
export function strMethodOn(fl: FunctionLowering, e: ast.Call, name: string, self: Value, a: MethodArgs): Value | undefined {
  if (name === 'format') return strFormatOn(fl, e, self, a);
  if (name === 'maketrans') {
    // the static method through an instance (`s.maketrans("ab", "cd")`)
    const n = a.pos.length;
    if (a.kw.length) return raiseAfter(fl, e, 'str.maketrans() takes no keyword arguments');
    if (n < 1 || n > 3) return raiseAfter(fl, e, n < 1 ? 'maketrans expected at least 1 argument, got 0' : `maketrans expected at most 3 arguments, got ${n}`);
    const args = [...a.pos];
    while (args.length < 3) args.push(nullWord(fl));
    return rtCall(fl, e.lineno, 'rt_str_maketrans_on', [self, ...args]);
  }
  const m = STR_METHODS[name];
  if (!m) return undefined;
  const slots: (Value | undefined)[] = [...a.pos];
  for (const k of a.kw) {
    const i = (m.kw ?? []).indexOf(k.name);
    if (i < 0 || slots[(m.kwFrom ?? 0) + i] !== undefined) {
      // CPython's TypeError, at run time (the receiver may be a list, or this may be the
      // fallback of a method name a class of the program defines with other parameters).
      const str = (x: string) => fl.b.emit('const.str', [], x);
      const msg = i >= 0 ? `argument for ${name}() given by name ('${k.name}') and position (${(m.kwFrom ?? 0) + i + 1})`
        : m.kw?.length ? `'${k.name}' is an invalid keyword argument for ${name}()` : `str.${name}() takes no keyword arguments`;
      const other = m.listMsg ? str(`.${name}() takes no keyword arguments`) : nullWord(fl);
      rtCall(fl, e.lineno, 'rt_sm_arity', [self, str(name), str(msg), other]);
      return nullWord(fl);
    }
    slots[(m.kwFrom ?? 0) + i] = k.value;
  }
  const n = a.pos.length + a.kw.length;
  if (n < m.min || n > m.max || slots.length > m.max || slots.slice(0, m.min).some((s) => s === undefined)) {
    const str = (s: string) => fl.b.emit('const.str', [], s);
    const other = m.listMsg ? str(m.listMsg(n)) : nullWord(fl);
    rtCall(fl, e.lineno, 'rt_sm_arity', [self, str(name), str(arityMessage(name, m, n)), other]);
    return nullWord(fl);
  }
  const args: Value[] = [];
  for (let i = 0; i < m.max; i++) args.push(slots[i] ?? nullWord(fl));
  return rtCall(fl, e.lineno, m.fn, [self, ...args]);
}

/** `s.format(*args, **kwargs)`: the positional arguments as a tuple, the keyword ones as a tuple
 * of names and a tuple of values (no dict needed). */
/** `s.format(*args, **kw)`: as CPython's call does, the positional arguments become a tuple
 * and every keyword goes, in source order, into one dict, which the fields then subscript
 * (errors name the callee `str.format()`). */
function strFormatStarred(fl: FunctionLowering, e: ast.Call, f: ast.Attribute): Value {
  const self = fl.expr(f.value);
  const who = () => fl.b.emit('const.str', [], 'str.format()');
  const args = starredArgs(fl, e.args, 'str.format()');
  const d = rtCallPure(fl, 'rt_dict_new', []);
  for (const k of e.keywords) {
    const v = fl.expr(k.value);
    if (k.arg === null) mergeMapping(fl, e, d, v, who());
    else rtCall(fl, e.lineno, 'rt_call_kw_add', [d, fl.b.emit('const.str', [], k.arg), v, who()], null);
  }
  return rtCall(fl, e.lineno, 'rt_sm_format', [self, args, fl.b.emit('const.none'), d]);
}

function strFormatOn(fl: FunctionLowering, e: ast.Call, self: Value, a: MethodArgs): Value {
  const tuple = (vals: Value[]): Value => {
    const t = fl.b.emit('call', [fl.b.emit('const.i32', [], BigInt(vals.length))], 'rt_tuple_new', 'obj');
    vals.forEach((v, i) => fl.b.emit('call', [t, fl.b.emit('const.i32', [], BigInt(i)), v], 'rt_tuple_set', null));
    return t;
  };
  const args = tuple(a.pos);
  const names = tuple(a.kw.map((k) => fl.b.emit('const.str', [], k.name)));
  const vals = tuple(a.kw.map((k) => k.value));
  return rtCall(fl, e.lineno, 'rt_sm_format', [self, args, names, vals]);
}

// ---- linear `s += x` ----------------------------------------------------------------------------
// A str variable grown by `s += x` in a loop would copy the whole string each time (quadratic).
// A *builder* variable is one whose every binding is `s = <str literal or f-string>` or `s += x`:
// it always holds a str. Its `+=` calls rt_str_iadd, which may append in place into spare room
// when the str is marked OWNED (made by an earlier rt_str_iadd and seen by nothing but this
// variable since); every other read of the variable goes through rt_str_escape, which clears the
// mark, so a str that anything else can see is never changed. Only plain locals of functions
// without nested scopes, and names of the main module that no function, class or lambda mentions.

// (a yield or await makes a function a generator or coroutine: no builders there either)
const NESTED = new Set(['FunctionDef', 'AsyncFunctionDef', 'Lambda', 'ClassDef', 'ListComp', 'SetComp', 'DictComp', 'GeneratorExp', 'Yield', 'YieldFrom', 'Await']);
const cache = new WeakMap<FunctionLowering, Set<string>>();

function isStrValue(e: ast.expr): boolean {
  return (e._type === 'Constant' && typeof e.value === 'string') || e._type === 'JoinedStr';
}

/** The builder variables of the function (or main module body) being lowered. */
export function builderNames(fl: FunctionLowering, body: ast.stmt[]): Set<string> {
  const hit = cache.get(fl);
  if (hit) return hit;
  const out = new Set<string>();
  cache.set(fl, out);
  if (fl.typed) return out;
  if (!fl.info && fl.module.name !== '__main__') return out;
  const cand = new Set<string>();
  const bad = new Set<string>(fl.info ? fl.info.params : []);
  const nestedRefs = new Set<string>();
  let nested = false;
  const walk = (node: unknown, inNested: boolean): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const x of node) walk(x, inNested);
      return;
    }
    const n = node as { _type?: string } & Record<string, unknown>;
    const t = n._type;
    if (t && NESTED.has(t)) {
      nested = true;
      inNested = true;
    }
    if (inNested) {
      if (t === 'Name') nestedRefs.add((n as unknown as ast.Name).id);
      if (t === 'Global' || t === 'Nonlocal') for (const x of (n as unknown as ast.Global).names) nestedRefs.add(x);
    } else if (t === 'Assign') {
      const a = n as unknown as ast.Assign;
      for (const tg of a.targets) {
        if (tg._type === 'Name') {
          if (!isStrValue(a.value)) bad.add(tg.id);
        } else walk(tg, false);
      }
      walk(a.value, false);
      return;
    } else if (t === 'AugAssign') {
      const a = n as unknown as ast.AugAssign;
      if (a.target._type === 'Name') {
        if (a.op._type === 'Add') cand.add(a.target.id);
        else bad.add(a.target.id);
      } else walk(a.target, false);
      walk(a.value, false);
      return;
    } else if (t === 'Name') {
      const nm = n as unknown as ast.Name;
      if (nm.ctx._type !== 'Load') bad.add(nm.id);
    } else if (t === 'Global' || t === 'Nonlocal') {
      for (const x of (n as unknown as ast.Global).names) bad.add(x);
    } else if (t === 'ExceptHandler' && typeof n.name === 'string') {
      bad.add(n.name);
    } else if ((t === 'Import' || t === 'ImportFrom')) {
      for (const al of (n as unknown as ast.Import).names) bad.add((al.asname ?? al.name).split('.')[0]);
    } else if (t && t.startsWith('Match')) {
      for (const k of ['name', 'rest']) if (typeof n[k] === 'string') bad.add(n[k] as string);
    }
    forEachField(n, (v) => walk(v, inNested));
  };
  walk(body, false);
  if (fl.info && nested) return out;
  for (const c of cand) if (!bad.has(c) && !nestedRefs.has(c)) out.add(c);
  return out;
}

/** `s += x` for a builder variable: the current value (not escaped) and the new one. */
export function lowerBuilderAdd(fl: FunctionLowering, node: ast.AugAssign, cur: Value, rhs: Value): Value {
  return rtCall(fl, node.lineno, 'rt_str_iadd', [cur, rhs]);
}

/** A read of a builder variable: clears its in-place mark (never raises). */
export function escapeBuilder(fl: FunctionLowering, v: Value): Value {
  return fl.b.emit('call', [v], 'rt_str_escape', 'obj');
}
