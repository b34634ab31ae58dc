// Which classes of the program the runtime may construct (rt_cls_call, the dispatcher
// buildCallDispatcher writes): those whose class object can become a value the runtime holds.
//
// Why it matters: the dispatcher calls a class's __init__ through a function object, so its
// parameters (and, through `self.x = x`, every attribute it stores) are "anything" to inference.
// A class the program only ever constructs by direct calls `C(...)` (lowered to a direct call of
// __init__) needs no case there, and its __init__ keeps the types of its real arguments.
//
// The test is syntactic over every untyped module of the program (the user's and the Python
// stdlib modules it imports) and errs towards "may escape". A class's object is a value the
// runtime could call when its name (or an attribute of that name) is read anywhere except as
// the callee of a call without * or ** arguments, the object of a plain attribute read
// (`C.attr`, not dunders like `C.__mro__`), a base of a class statement, or a class in
// isinstance/issubclass. Every class escapes when the program can reach class objects without
// naming them: type(x) (other than `type(x).__name__` and kin), `__class__`, globals(), vars() without an argument,
// locals(), eval/exec, getattr on anything but self. A class with a classmethod (its `cls`) or a
// decorator or keyword (metaclass) escapes with its subclasses; exception classes (raised as
// classes) and classes made by statements in functions always escape; an escaping class takes
// its MRO with it (`__bases__`, `__mro__`).
import { forEachField } from '../parse/fields.js';
import type * as ast from '../parse/ast.js';
import type { ClassInfo } from './classes.js';

const NAME_ATTRS = new Set(['__name__', '__qualname__', '__module__']);
const REFLECTIVE = new Set(['globals', 'vars', 'locals', 'eval', 'exec', '__import__']);

type Node = { _type?: string } & Record<string, unknown>;

/** The classes of `all` whose class object the runtime may be handed (and so call). */
export function runtimeConstructible(all: readonly ClassInfo[], modules: readonly ast.Module[]): Set<ClassInfo> {
  const byName = new Map<string, ClassInfo[]>();
  for (const k of all) byName.set(k.name, [...(byName.get(k.name) ?? []), k]);
  const out = new Set<ClassInfo>();
  let everything = false;
  const escapeName = (id: string) => {
    for (const k of byName.get(id) ?? []) out.add(k);
  };

  const walk = (n: unknown): void => {
    if (everything || !n || typeof n !== 'object') return;
    if (Array.isArray(n)) {
      for (const x of n) walk(x);
      return;
    }
    const o = n as Node;
    switch (o._type) {
      case 'Name': {
        const e = o as unknown as ast.Name;
        if (e.ctx._type !== 'Load') return;
        if (REFLECTIVE.has(e.id) || e.id === 'type') everything = true; // the safe uses of type are handled at their Call
        escapeName(e.id);
        return;
      }
      case 'Attribute': {
        const e = o as unknown as ast.Attribute;
        if (e.attr === '__class__' || e.attr === '__subclasses__') everything = true;
        escapeName(e.attr); // `mod.C` as a value
        if (e.value._type === 'Name' && !e.attr.startsWith('__')) return; // `C.attr`: an attribute of the class, not the class
        if (e.value._type === 'Call' && NAME_ATTRS.has(e.attr) && isTypeCall(e.value)) {
          walk(e.value.args); // `type(x).__name__`: only the name
          return;
        }
        walk(e.value);
        return;
      }
      case 'Call': {
        const e = o as unknown as ast.Call;
        const star = e.args.some((a) => a._type === 'Starred') || e.keywords.some((k) => k.arg === null);
        const f = e.func;
        if (f._type === 'Name' && (f.id === 'isinstance' || f.id === 'issubclass') && e.args.length === 2) {
          walk(e.args[0]);
          walkClassInfo(e.args[1]);
          walk(e.keywords);
          return;
        }
        if (f._type === 'Name' && f.id === 'getattr' && e.args[0]?._type === 'Name' && e.args[0].id === 'self') {
          walk(e.args);
          return;
        }
        if (f._type === 'Name' && f.id === 'getattr') everything = true;
        if (f._type === 'Name' && f.id === 'vars' && e.args.length === 1 && !star) {
          walk(e.args); // vars(x): x's attributes, values the program already holds
          return;
        }
        if (!star && f._type === 'Name' && f.id !== 'type') {
          walk(e.args);
          walk(e.keywords);
          return;
        }
        if (!star && f._type === 'Attribute') {
          // `mod.C(...)` or `x.m(...)`: the callee is called, not kept.
          if (f.value._type !== 'Name') walk(f.value);
          walk(e.args);
          walk(e.keywords);
          return;
        }
        break;
      }
      case 'ClassDef': {
        const s = o as unknown as ast.ClassDef;
        if (s.decorator_list.some((d) => !isDataclassDecorator(d)) || s.keywords.length) {
          for (const k of byName.get(s.name) ?? []) for (const c of k.subclasses) out.add(c);
        }
        for (const b of s.bases) if (b._type !== 'Name') walk(b);
        walk(s.keywords);
        walk(s.decorator_list.filter((d) => !isDataclassDecorator(d)));
        walk(s.body);
        return;
      }
    }
    forEachField(o, walk);
  };
  const walkClassInfo = (e: ast.expr): void => {
    if (e._type === 'Name') return;
    if (e._type === 'Tuple') {
      for (const x of e.elts) walkClassInfo(x);
      return;
    }
    walk(e);
  };
  for (const m of modules) walk(m.body);
  if (everything) return new Set(all);

  for (const k of all) {
    if (k.exc || k.dynamic) out.add(k);
    if ([...k.members.values()].some((m) => m.kind === 'class')) for (const c of k.subclasses) out.add(c);
  }
  for (const k of [...out]) for (const c of k.mro) out.add(c);
  return out;
}

function isTypeCall(e: ast.Call): boolean {
  return e.func._type === 'Name' && e.func.id === 'type' && e.args.length === 1 && !e.keywords.length && e.args[0]._type !== 'Starred';
}

export function isDataclassDecorator(d: ast.expr): boolean {
  const f = d._type === 'Call' ? d.func : d;
  return (f._type === 'Name' && f.id === 'dataclass') || (f._type === 'Attribute' && f.attr === 'dataclass');
}
