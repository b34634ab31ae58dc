// @typing.overload stubs. CPython's overload() returns a function that only raises, and the
// implementation's def that follows rebinds the name, so the stubs are never seen: they are
// dropped here before the module is analyzed (a decorated special method would otherwise be
// "not supported yet", and a stub's `...` body would be compiled for nothing).
import type * as ast from '../parse/ast.js';

/** The names under which `body` (a module) imports typing's overload: `overload` (from typing
 * import overload [as name]) and the aliases of the typing module itself (`import typing as t`). */
function overloadNames(body: ast.stmt[]): { direct: Set<string>; modules: Set<string> } {
  const direct = new Set<string>();
  const modules = new Set<string>();
  for (const s of body) {
    if (s._type === 'ImportFrom' && (s.module === 'typing' || s.module === 'typing_extensions') && s.level === 0) {
      for (const a of s.names) if (a.name === 'overload') direct.add(a.asname ?? 'overload');
    } else if (s._type === 'Import') {
      for (const a of s.names) if (a.name === 'typing' || a.name === 'typing_extensions') modules.add(a.asname ?? a.name);
    }
  }
  return { direct, modules };
}

/** Removes, from a module body and the bodies of its classes (nested too), each def decorated
 * with typing's overload that a later def of the same name in the same body follows. */
export function dropOverloadStubs(mod: ast.Module): void {
  const names = overloadNames(mod.body);
  if (!names.direct.size && !names.modules.size) return;
  const isOverload = (d: ast.expr): boolean =>
    (d._type === 'Name' && names.direct.has(d.id)) || (d._type === 'Attribute' && d.attr === 'overload' && d.value._type === 'Name' && names.modules.has(d.value.id));
  const walk = (body: ast.stmt[]): ast.stmt[] => {
    const out: ast.stmt[] = [];
    body.forEach((s, i) => {
      if ((s._type === 'FunctionDef' || s._type === 'AsyncFunctionDef') && s.decorator_list.some(isOverload)) {
        const later = body.slice(i + 1).some((t) => (t._type === 'FunctionDef' || t._type === 'AsyncFunctionDef') && t.name === s.name);
        if (later) return;
      }
      if (s._type === 'ClassDef') s.body = walk(s.body);
      out.push(s);
    });
    return out;
  };
  mod.body = walk(mod.body);
}
