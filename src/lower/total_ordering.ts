// functools.total_ordering, applied at compile time. Class decorators do not run (classes are
// whole-program: classes.ts), so `@total_ordering` (or `@functools.total_ordering`) on a class
// statement is removed before classes are collected and the comparison methods the class lacks
// are added to its body, defined as CPython's functools defines them from the root (the first of
// __lt__, __le__, __gt__, __ge__ the class body defines): e.g. __gt__ from __lt__ is
// `r = self.__lt__(other); NotImplemented passes through; not r and self != other`.
// Only methods defined in the class body itself count as roots (CPython also looks at bases).
import type * as ast from '../parse/ast.js';
import { CompileError, diag } from '../diag/diagnostic.js';
import { parseModule } from '../parse/index.js';

interface Source {
  file: string;
  ast: ast.Module;
}

/** For each root, the derived methods: [name, root's result combined into the answer]. */
const CONVERT: Record<string, [string, string][]> = {
  __lt__: [['__gt__', 'not r and self != other'], ['__le__', 'r or self == other'], ['__ge__', 'not r']],
  __le__: [['__ge__', 'not r or self == other'], ['__lt__', 'r and self != other'], ['__gt__', 'not r']],
  __gt__: [['__lt__', 'not r and self != other'], ['__ge__', 'r or self == other'], ['__le__', 'not r']],
  __ge__: [['__le__', 'not r or self == other'], ['__gt__', 'r and self != other'], ['__lt__', 'not r']],
};

export function isTotalOrdering(d: ast.expr): boolean {
  return (d._type === 'Name' && d.id === 'total_ordering') || (d._type === 'Attribute' && d.attr === 'total_ordering' && d.value._type === 'Name' && d.value.id === 'functools');
}

export function expandTotalOrdering(src: Source): void {
  const imports = src.ast.body.some((s) => (s._type === 'ImportFrom' && s.module === 'functools' && s.level === 0) || (s._type === 'Import' && s.names.some((a) => a.name === 'functools')));
  if (!imports) return;
  for (const s of src.ast.body) {
    if (s._type !== 'ClassDef' || !s.decorator_list.some(isTotalOrdering)) continue;
    // Decorators inside it (applied first): only @dataclass without order=True (it adds no
    // ordering method, so the roots are the body's either way round); the class lowering
    // reports others. User decorators outside it get the completed class.
    const at0 = s.decorator_list.findIndex(isTotalOrdering);
    if (!s.decorator_list.slice(at0 + 1).every((d) => isPlainDataclass(d))) continue;
    const defined = new Set(s.body.filter((x): x is ast.FunctionDef => x._type === 'FunctionDef').map((f) => f.name));
    const root = ['__lt__', '__le__', '__gt__', '__ge__'].find((m) => defined.has(m));
    if (!root) {
      const d = s.decorator_list.find(isTotalOrdering)!;
      throw new CompileError([diag('K300', src.file, { line: d.lineno, col: d.col_offset + 1 }, 'total_ordering on a class that defines no ordering method in its body')]);
    }
    const text = CONVERT[root]
      .filter(([name]) => !defined.has(name))
      .map(([name, expr]) => `def ${name}(self, other):\n    r = self.${root}(other)\n    if r is NotImplemented:\n        return r\n    return ${expr}\n`)
      .join('');
    const parsed = parseModule(text, src.file);
    if (!parsed.module) throw new Error(`total_ordering: generated methods do not parse:\n${text}`);
    const at = (n: unknown): void => {
      if (!n || typeof n !== 'object') return;
      if (Array.isArray(n)) return n.forEach(at);
      const o = n as Record<string, unknown>;
      for (const k of Object.keys(o)) {
        if (k === 'lineno' || k === 'end_lineno') o[k] = s.lineno;
        else if (k === 'col_offset') o[k] = s.col_offset;
        else if (k === 'end_col_offset') o[k] = s.end_col_offset;
        else if (k !== '_type') at(o[k]);
      }
    };
    at(parsed.module.body);
    s.body.push(...parsed.module.body);
    s.decorator_list = s.decorator_list.filter((d) => !isTotalOrdering(d));
  }
}

/** `@dataclass`, `@dataclasses.dataclass`, or a call of either without order=True. */
function isPlainDataclass(d: ast.expr): boolean {
  const isName = (e: ast.expr) => (e._type === 'Name' && e.id === 'dataclass') || (e._type === 'Attribute' && e.attr === 'dataclass');
  if (isName(d)) return true;
  return d._type === 'Call' && isName(d.func) && !d.keywords.some((k) => k.arg === 'order' && !(k.value._type === 'Constant' && k.value.value === false));
}
