// Private name mangling (CPython's _Py_Mangle): inside a class body, and in everything nested in
// it, an identifier `__x` that does not end in `__` stands for `_Class__x` (the class name without
// its leading underscores). CPython does this when compiling, not in the AST (ast.dump shows the
// written names), so the program's ASTs are rewritten here, before lowering: every later stage
// then sees the names CPython binds and looks up (`a._Account__balance` outside the class finds
// what `self.__balance` stored; `hasattr(a, '__balance')` does not).
import type * as ast from '../parse/ast.js';
import type { SourceModule } from './program.js';

/** `_Class__x` for a private `__x` inside class `cls` (null: not in a class), else the name. */
export function mangle(cls: string | null, name: string): string {
  if (cls === null || !name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
  const stripped = cls.replace(/^_+/, '');
  return stripped === '' ? name : `_${stripped}${name}`;
}

/** Rewrites the private names of every class of the module in place. */
export function mangleNames(src: SourceModule): void {
  if (!hasClass(src.ast)) return;
  for (const s of src.ast.body) visit(s, null);
}

/** Whether the module has a class statement anywhere (names are mangled only inside one). */
function hasClass(m: ast.Module): boolean {
  let found = false;
  const scan = (n: unknown): void => {
    if (found || n === null || typeof n !== 'object') return;
    if (Array.isArray(n)) {
      n.forEach(scan);
      return;
    }
    const node = n as Record<string, unknown>;
    if (node._type === 'ClassDef') {
      found = true;
      return;
    }
    for (const k in node) if (k !== '_type') scan(node[k]);
  };
  scan(m.body);
  return found;
}

function visit(n: unknown, cls: string | null): void {
  if (n === null || typeof n !== 'object') return;
  if (Array.isArray(n)) {
    for (const x of n) visit(x, cls);
    return;
  }
  const node = n as Record<string, unknown> & { _type?: string };
  switch (node._type) {
    case 'ClassDef': {
      const c = node as unknown as ast.ClassDef;
      // The class statement binds its name, and evaluates its bases and decorators, in the
      // enclosing scope; its body is private to it.
      const own = c.name; // the body's private prefix comes from the name as written
      c.name = mangle(cls, c.name);
      visit(c.bases, cls);
      visit(c.keywords, cls);
      visit(c.decorator_list, cls);
      privateNames.set(c, own);
      visit(c.body, own);
      return;
    }
    case 'FunctionDef':
    case 'AsyncFunctionDef': {
      const f = node as unknown as ast.FunctionDef;
      f.name = mangle(cls, f.name);
      break;
    }
    case 'Name': {
      const e = node as unknown as ast.Name;
      e.id = mangle(cls, e.id);
      return;
    }
    case 'Attribute': {
      const e = node as unknown as ast.Attribute;
      e.attr = mangle(cls, e.attr);
      break;
    }
    case 'arg': {
      const a = node as unknown as ast.arg;
      a.arg = mangle(cls, a.arg);
      break;
    }
    case 'Global':
    case 'Nonlocal': {
      const g = node as unknown as ast.Global;
      g.names = g.names.map((x) => mangle(cls, x));
      return;
    }
    case 'alias': {
      // `import __m` / `from m import __x` bind the mangled name; what is imported keeps its own.
      const a = node as unknown as ast.alias;
      const bound = a.asname ?? (a.name.includes('.') ? null : a.name);
      if (bound !== null && mangle(cls, bound) !== bound) a.asname = mangle(cls, bound);
      return;
    }
    case 'ExceptHandler':
    case 'MatchAs':
    case 'MatchStar': {
      const h = node as unknown as { name: string | null };
      if (h.name !== null) h.name = mangle(cls, h.name);
      break;
    }
    case 'MatchMapping': {
      const p = node as unknown as ast.MatchMapping;
      if (p.rest !== null) p.rest = mangle(cls, p.rest);
      break;
    }
    default:
      break;
  }
  for (const k in node) if (k !== '_type') visit(node[k], cls);
}

/** The name a class's private names are mangled with: the class statement's name as written
 * (a private nested class `__Inner` is bound as `_Outer__Inner`, its own names use `Inner`). Its
 * `__slots__` entries are mangled with it when the class is made (classes.ts); keyword argument
 * names in calls are never mangled. */
export function privateName(c: ast.ClassDef): string {
  return privateNames.get(c) ?? c.name;
}

const privateNames = new WeakMap<ast.ClassDef, string>();
