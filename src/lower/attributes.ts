// Attributes found by name at run time: getattr/hasattr with a constant name (lowered as the
// attribute expression itself, so methods, properties and classmethods are found as `x.name`
// finds them), and the methods of built-in objects as values (`f = xs.append`, a bound method
// whose function calls the method by name: callables.ts's methodCaller). getattr/hasattr with a
// computed name stay runtime calls (stdlib/_rt/attr_builtins.py).
import type * as ast from '../parse/ast.js';
import type { Value } from '../ir/function.js';
import type { FunctionLowering } from './function.js';
import { branchValue, rtCall, rtCallPure } from './containers.js';
import { dunderCaller, methodCaller } from './callables.js';
import { SELECTORS, attrValueOf, hasPayloadClasses, lowerDelAttr, setAttrOf } from './classes.js';

/** The largest positional argument count of each built-in method Keel has (the union over the
 * types of stdlib/_rt/attr_builtins.py's rt_builtin_method_names; methods taking any number
 * of arguments get 4). A bound method made from it passes its arguments on positionally. */
const BUILTIN_METHOD_MAX: Record<string, number> = {
  // str (strings.ts STR_METHODS) and bytes
  split: 2, rsplit: 2, splitlines: 1, join: 1, strip: 1, lstrip: 1, rstrip: 1, replace: 3, find: 3,
  rfind: 3, index: 3, rindex: 3, count: 3, startswith: 3, endswith: 3, upper: 0, lower: 0, title: 0,
  capitalize: 0, swapcase: 0, casefold: 0, isdigit: 0, isdecimal: 0, isnumeric: 0, isalpha: 0,
  isalnum: 0, isspace: 0, isupper: 0, islower: 0, istitle: 0, isidentifier: 0, isascii: 0,
  isprintable: 0, center: 2, ljust: 2, rjust: 2, zfill: 1, partition: 1, rpartition: 1,
  expandtabs: 1, encode: 2, removeprefix: 1, removesuffix: 1, format: 4, translate: 1, format_map: 1, decode: 2, hex: 0,
  maketrans: 3,
  // list and tuple (containers.ts METHODS), dict and set (dicts.ts DS_METHODS)
  append: 1, extend: 1, pop: 2, insert: 2, reverse: 0, clear: 0, copy: 0, sort: 0, remove: 1,
  get: 2, setdefault: 2, popitem: 0, keys: 0, values: 0, items: 0, fromkeys: 2, update: 4, add: 1,
  discard: 1, union: 4, intersection: 4, difference: 4, symmetric_difference: 1,
  intersection_update: 4, difference_update: 4, symmetric_difference_update: 1, issubset: 1,
  issuperset: 1, isdisjoint: 1,
  // ints and floats
  bit_length: 0, bit_count: 0, is_integer: 0, as_integer_ratio: 0, conjugate: 0, to_bytes: 3, indices: 1,
  // files and generators
  read: 1, readline: 1, readlines: 1, write: 1, writelines: 1, close: 0, flush: 0, send: 1, throw: 3,
};

/** The positional argument count a bound method made for built-in method `name` passes on. */
export function builtinMethodMax(name: string): number {
  return BUILTIN_METHOD_MAX[name];
}

export function isBuiltinMethod(name: string): boolean {
  return Object.prototype.hasOwnProperty.call(BUILTIN_METHOD_MAX, name);
}

/** recv.name where name is a built-in method's name and recv is of no class of the program that
 * has it: the bound method when recv is a built-in object with that method, else rt_getattr. */
export function builtinMethodOrAttr(fl: FunctionLowering, node: ast.Located, recv: Value, name: string): Value {
  const b = fl.b;
  const nameStr = b.emit('const.str', [], name);
  // An instance of a subclass of a built-in type has the built-in's methods (rt_unwrap).
  const probe = hasPayloadClasses(fl) ? rtCallPure(fl, 'rt_unwrap', [recv]) : recv;
  const has = rtCallPure(fl, 'rt_builtin_has_method', [probe, nameStr], 'i32');
  return branchValue(fl, has, () => rtCallPure(fl, 'rt_bound_new', [methodCaller(fl, name, BUILTIN_METHOD_MAX[name]), recv]),
    () => rtCall(fl, node.lineno, 'rt_getattr', [recv, b.emit('const.str', [], name)]));
}

/** recv.name where name is a special method of built-in values (containers.ts
 * valueDunderSelector: `(10).__sub__`, `s.__len__`) and recv is of no class of the program that
 * has it: the bound method when recv's built-in type has it (rt_dunder_has), else rt_getattr. */
export function builtinDunderOrAttr(fl: FunctionLowering, node: ast.Located, recv: Value, name: string, sel: number): Value {
  const b = fl.b;
  const probe = hasPayloadClasses(fl) ? rtCallPure(fl, 'rt_unwrap', [recv]) : recv;
  const has = rtCallPure(fl, 'rt_dunder_has', [probe, b.emit('const.i32', [], BigInt(sel))], 'i32');
  // (bound to the value of an instance of a subclass of a built-in type: its class has no such
  // method, and the function calls the method on its receiver)
  return branchValue(fl, has, () => rtCallPure(fl, 'rt_bound_new', [dunderCaller(fl, name, SELECTORS.get(name)![1]), probe]),
    () => rtCall(fl, node.lineno, 'rt_getattr', [recv, b.emit('const.str', [], name)]));
}

/** The constant name of getattr(x, 'name'[, d]) / hasattr(x, 'name'), when it is an identifier. */
export function constAttrName(e: ast.Call): string | undefined {
  const a = e.args[1];
  if (!a || a._type !== 'Constant' || typeof a.value !== 'string') return undefined;
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(a.value) ? a.value : undefined;
}

/** getattr(x, 'name'[, default]) and hasattr(x, 'name'): x.name, with an AttributeError turned
 * into the default / False (any other exception propagates, as in CPython). The arguments are
 * evaluated first, in order. */
export function lowerConstAttrBuiltin(fl: FunctionLowering, e: ast.Call, id: 'getattr' | 'hasattr', name: string): Value {
  const b = fl.b;
  const recv = fl.expr(e.args[0]);
  const dflt = id === 'getattr' && e.args[2] ? fl.expr(e.args[2]) : undefined;
  if (id === 'getattr' && !dflt) return attrValueOf(fl, e, recv, name);
  const landing = b.newBlock();
  const line = fl.func.addBlockParam(landing, 'i64');
  const join = b.newBlock();
  const r = fl.func.addBlockParam(join, 'obj');
  fl.regions.push({ handler: landing });
  const v = attrValueOf(fl, e, recv, name);
  fl.regions.pop();
  if (!b.terminated) b.jump(join, [id === 'hasattr' ? b.emit('const.bool', [], 1n) : v]);
  b.seal(landing);
  b.switchTo(landing);
  if (!fl.hasPreds(landing)) b.unreachable();
  else {
    const caught = rtCallPure(fl, 'rt_attr_error_pending', [], 'i32');
    const yes = b.newBlock();
    const no = b.newBlock();
    b.br(caught, yes, no);
    b.seal(yes);
    b.seal(no);
    b.switchTo(no);
    b.jump(fl.excTarget(), [line]);
    b.switchTo(yes);
    b.jump(join, [id === 'hasattr' ? b.emit('const.bool', [], 0n) : dflt!]);
  }
  b.seal(join);
  b.switchTo(join);
  return r;
}

/** setattr(x, name, v) and delattr(x, name). A constant identifier name is the statement
 * `x.name = v` / `del x.name` (so properties, slots and frozen dataclasses behave as there); a
 * computed one goes by name through rt_setattr / rt_delattr after CPython's check that it is a
 * str (inference then takes every attribute to be anything: src/passes/infer.ts attrsAny). */
export function lowerSetDelAttrBuiltin(fl: FunctionLowering, e: ast.Call, id: 'setattr' | 'delattr'): Value {
  const b = fl.b;
  const name = constAttrName(e);
  if (name !== undefined && id === 'delattr') {
    const t = { _type: 'Attribute', value: e.args[0], attr: name, ctx: { _type: 'Del' }, lineno: e.lineno, col_offset: e.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset } as ast.Attribute;
    fl.expr(e.args[1]);
    lowerDelAttr(fl, t);
    return b.emit('const.none');
  }
  const recv = fl.expr(e.args[0]);
  const n = fl.expr(e.args[1]);
  const v = id === 'setattr' ? fl.expr(e.args[2]) : undefined;
  if (name !== undefined) {
    setAttrOf(fl, e, recv, name, v!);
    return b.emit('const.none');
  }
  rtCall(fl, e.lineno, 'rt_attr_name_check', [n], 'i32');
  if (id === 'setattr') rtCall(fl, e.lineno, 'rt_setattr', [recv, n, v!], null);
  else rtCall(fl, e.lineno, 'rt_delattr', [recv, n], null);
  return b.emit('const.none');
}
