// Shadowed methods: which method names the program may store as attributes on an object whose
// class defines them (`self.handler = handler` where the class has `def handler(self)`;
// `obj.method = replacement`; `C.method = f`). The class statement dispatches its methods at
// compile time (classes.ts), so such a store would be silently ignored; a method that may be
// shadowed is compiled instead as a class attribute holding its function object (like a method
// with user decorators, classes.ts collectDecorated): calls of it go through attribute lookup,
// which finds the instance's own value first, as in CPython.
//
// The question is answered from the whole program's source before its classes are collected,
// by name, so it over-approximates (never misses a store the compiler could see):
// - `x.NAME = ...` (any store target: assignment, augmented, annotated, for, with, del) and
//   `setattr(x, "NAME", v)` with a constant name shadow NAME in every class;
// - except a store through a method's first parameter (`self.NAME = ...`, `cls.NAME = ...`) in
//   class D, which shadows NAME only in the classes that may share an instance with D: those
//   with a common descendant (by base-class names, over every module).
// Special methods (`__x__`) are never shadowed: CPython looks them up on the type. A store with
// a name computed at run time is still refused by the runtime (stdlib/_rt/cls.py rt_code_member).
import type * as ast from '../parse/ast.js';
import { forEachField } from '../parse/fields.js';

export interface Shadowing {
  /** Names stored through something other than a method's first parameter. */
  anywhere: Set<string>;
  /** Names stored through a method's first parameter: name -> the names of the storing classes. */
  bySelf: Map<string, Set<string>>;
  /** Base-class name -> the names of the classes naming it as a base. */
  derived: Map<string, Set<string>>;
  /** Class name -> itself and the names of the classes deriving from it (made on demand). */
  descendants: Map<string, Set<string>>;
}

/** The stores of the given modules' sources (every untyped module of the program). */
export function shadowingOf(mods: ast.Module[]): Shadowing {
  const sh: Shadowing = { anywhere: new Set(), bySelf: new Map(), derived: new Map(), descendants: new Map() };
  const derived = sh.derived;
  const visit = (n: unknown, cls: string | undefined, self: string | undefined): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) {
      for (const x of n) visit(x, cls, self);
      return;
    }
    const o = n as { _type?: string } & Record<string, unknown>;
    if (o._type === 'ClassDef') {
      const c = o as unknown as ast.ClassDef;
      for (const b of c.bases) {
        const name = b._type === 'Name' ? b.id : b._type === 'Attribute' ? b.attr : b._type === 'Subscript' && b.value._type === 'Name' ? b.value.id : undefined;
        if (name !== undefined) (derived.get(name) ?? derived.set(name, new Set()).get(name)!).add(c.name);
      }
      visit(c.bases, cls, self);
      visit(c.decorator_list, cls, self);
      for (const st of c.body) {
        if (st._type === 'FunctionDef' || st._type === 'AsyncFunctionDef') {
          const a = st.args;
          const first = [...a.posonlyargs, ...a.args][0]?.arg;
          const plain = !st.decorator_list.some((d) => d._type === 'Name' && d.id === 'staticmethod');
          visit(st, c.name, plain ? first : undefined);
        } else visit(st, c.name, undefined);
      }
      return;
    }
    if (o._type === 'Attribute') {
      const t = o as unknown as ast.Attribute;
      if (t.ctx._type !== 'Load' && !isDunder(t.attr)) {
        if (self !== undefined && cls !== undefined && t.value._type === 'Name' && t.value.id === self) {
          (sh.bySelf.get(t.attr) ?? sh.bySelf.set(t.attr, new Set()).get(t.attr)!).add(cls);
        } else sh.anywhere.add(t.attr);
      }
    }
    if (o._type === 'Call') {
      const c = o as unknown as ast.Call;
      const setter = (c.func._type === 'Name' && c.func.id === 'setattr') || (c.func._type === 'Attribute' && c.func.attr === '__setattr__');
      const name = c.args[1];
      if (setter && name?._type === 'Constant' && typeof name.value === 'string' && !isDunder(name.value)) sh.anywhere.add(name.value);
    }
    forEachField(o, (x) => visit(x, cls, self));
  };
  for (const m of mods) visit(m.body, undefined, undefined);
  return sh;
}

/** Whether class `cls`'s method `name` may be shadowed by a store the program makes. */
export function isShadowed(sh: Shadowing | undefined, cls: string, name: string): boolean {
  if (!sh || isDunder(name)) return false;
  if (sh.anywhere.has(name)) return true;
  const storing = sh.bySelf.get(name);
  if (!storing) return false;
  const mine = descendantsOf(sh, cls);
  for (const d of storing) for (const x of descendantsOf(sh, d)) if (mine.has(x)) return true;
  return false;
}

function descendantsOf(sh: Shadowing, cls: string): Set<string> {
  let out = sh.descendants.get(cls);
  if (out) return out;
  out = new Set();
  const todo = [cls];
  while (todo.length) {
    const n = todo.pop()!;
    if (out.has(n)) continue;
    out.add(n);
    for (const d of sh.derived.get(n) ?? []) todo.push(d);
  }
  sh.descendants.set(cls, out);
  return out;
}

const isDunder = (n: string) => n.length > 4 && n.startsWith('__') && n.endsWith('__');
