// doctest, compiled. A program that calls doctest.testmod() has its docstrings' examples found
// at compile time, the way CPython's DocTestFinder and DocTestParser (3.12) find them, and each
// docstring's examples become one function of the main module (its locals are the examples'
// names; other names are the module's globals). testmod() gets their table (`_keel_tests=`), and
// stdlib/doctest.py runs them as DocTestRunner does: output captured, compared, reported.
//
// An example's code is parsed on its own and placed, with the line numbers of the docstring, in
//     if __keel_r.example(i):
//         try: <code, each expression statement's value passed to __keel_r.display>
//         except BaseException as __keel_e: __keel_r.failed(__keel_e)
//         else: __keel_r.passed()
// (the interactive prompt's "single" mode prints the value of every expression statement outside
// nested functions and classes). Runs before import discovery (src/driver/compile.ts), so the
// modules the examples import are found.
import { forEachField } from '../parse/fields.js';
import type * as ast from '../parse/ast.js';
import { parseModule } from '../parse/index.js';

/** The option flags of stdlib/doctest.py (register_optionflag order). */
const OPTION_FLAGS = ['DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE', 'NORMALIZE_WHITESPACE', 'ELLIPSIS', 'SKIP', 'IGNORE_EXCEPTION_DETAIL', 'REPORT_UDIFF', 'REPORT_CDIFF', 'REPORT_NDIFF', 'REPORT_ONLY_FIRST_FAILURE', 'FAIL_FAST'];

interface Example {
  source: string;
  want: string;
  excMsg: string | null;
  /** 0-based line of the example in the docstring. */
  lineno: number;
  /** Columns of the prompt's text in the (tab-expanded) docstring. */
  indent: number;
  on: number;
  off: number;
}

interface Test {
  /** The name after the module's: '' (the module), '.f', '.C.m'. */
  suffix: string;
  doc: ast.Constant | undefined;
  /** 0-based line of the docstring in the file (CPython's _find_lineno), when there is one. */
  lineno: number | null;
  examples: Example[];
  /** A ValueError the finder raises for this docstring (\0 stands for the test's name). */
  error?: string;
}

const RUNNER = '__keel_r';

/** Rewrites the module for doctest when it calls doctest.testmod(); false when it does not. */
export function expandDoctests(mod: ast.Module, source: string, file: string, absPath: string): boolean {
  const calls = testmodCalls(mod);
  if (!calls.length) return false;
  const lines = source.split(/\r?\n/);
  const tests = findTests(mod, lines).sort((a, b) => (a.suffix < b.suffix ? -1 : a.suffix > b.suffix ? 1 : 0));
  const extra = extraGlobNames(calls);
  const defs: ast.stmt[] = [];
  const rows: string[] = [];
  tests.forEach((t, n) => {
    const fname = t.examples.length && !t.error ? `__keel_doctest_${n}` : 'None';
    if (fname !== 'None') defs.push(testFunction(t, fname, file, extra));
    const exs = t.examples.map((e) => `(${py(e.source)}, ${py(e.want)}, ${e.excMsg === null ? 'None' : py(e.excMsg)}, ${e.lineno}, ${e.on}, ${e.off})`);
    rows.push(`(${py(t.suffix)}, ${py(absPath)}, ${t.lineno ?? 'None'}, [${exs.join(', ')}], ${fname}, ${t.error === undefined ? 'None' : py(t.error)})`);
  });
  const table = parsed(`def __keel_doctest_tests():\n    return [\n${rows.map((r) => `        ${r},\n`).join('')}    ]\n`, file);
  const at = firstLine(mod);
  for (const s of [...defs, ...table]) relocate(s, at, 0);
  // After the docstring and `from __future__` imports.
  let i = 0;
  if (docOf(mod.body)) i = 1;
  while (i < mod.body.length && mod.body[i]._type === 'ImportFrom' && (mod.body[i] as ast.ImportFrom).module === '__future__') i++;
  mod.body.splice(i, 0, ...defs, ...table);
  for (const c of calls) {
    const call = (parsed('__keel_doctest_tests()\n', file)[0] as ast.Expr).value;
    relocate(call, c.lineno, c.col_offset);
    c.keywords.push({ _type: 'keyword', arg: '_keel_tests', value: call, lineno: c.lineno, col_offset: c.col_offset, end_lineno: c.end_lineno, end_col_offset: c.end_col_offset });
  }
  return true;
}

// ---- testmod() calls ----------------------------------------------------------------------------

/** The calls of doctest.testmod (`import doctest [as d]`, `from doctest import testmod [as t]`). */
function testmodCalls(mod: ast.Module): ast.Call[] {
  const modules = new Set<string>();
  const funcs = new Set<string>();
  walk(mod.body, (n) => {
    if (n._type === 'Import') for (const a of (n as ast.Import).names) if (a.name === 'doctest') modules.add(a.asname ?? 'doctest');
    if (n._type === 'ImportFrom' && (n as ast.ImportFrom).module === 'doctest' && (n as ast.ImportFrom).level === 0) {
      for (const a of (n as ast.ImportFrom).names) if (a.name === 'testmod') funcs.add(a.asname ?? 'testmod');
    }
  });
  const out: ast.Call[] = [];
  if (!modules.size && !funcs.size) return out;
  walk(mod.body, (n) => {
    if (n._type !== 'Call') return;
    const f = (n as ast.Call).func;
    if ((f._type === 'Attribute' && f.attr === 'testmod' && f.value._type === 'Name' && modules.has(f.value.id)) || (f._type === 'Name' && funcs.has(f.id))) out.push(n as ast.Call);
  });
  return out;
}

/** The names testmod(extraglobs={...}) adds to the examples' globals, when every call passes a
 * dict display with the same constant str keys (the examples' functions bind them from the
 * runner: __keel_r.glob(name)); [] otherwise (testmod then says extraglobs is not supported). */
function extraGlobNames(calls: ast.Call[]): string[] {
  let names: string[] | undefined;
  for (const c of calls) {
    const kw = c.keywords.find((k) => k.arg === 'extraglobs');
    if (!kw || kw.value._type !== 'Dict') return [];
    const d = kw.value as ast.Dict;
    const keys: string[] = [];
    for (const k of d.keys) {
      if (!k || k._type !== 'Constant' || typeof k.value !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(k.value)) return [];
      keys.push(k.value);
    }
    keys.sort();
    if (names && names.join(' ') !== keys.join(' ')) return [];
    names = keys;
  }
  if (names?.length) for (const c of calls) c.keywords.push({ _type: 'keyword', arg: '_keel_extra', value: { _type: 'Constant', value: true, kind: null, lineno: c.lineno, col_offset: c.col_offset, end_lineno: c.end_lineno, end_col_offset: c.end_col_offset } as ast.Constant, lineno: c.lineno, col_offset: c.col_offset, end_lineno: c.end_lineno, end_col_offset: c.end_col_offset });
  return names ?? [];
}

export function walk(n: unknown, visit: (n: { _type: string }) => void): void {
  if (!n || typeof n !== 'object') return;
  if (Array.isArray(n)) {
    for (const x of n) walk(x, visit);
    return;
  }
  const o = n as { _type?: string } & Record<string, unknown>;
  if (o._type) visit(o as { _type: string });
  forEachField(o, (v) => walk(v, visit));
}

// ---- DocTestFinder ------------------------------------------------------------------------------

/** The module's test and those of the functions and classes it defines (and their methods and
 * nested classes), each name once: what the module's (a class's) namespace holds at the end. */
function findTests(mod: ast.Module, lines: string[]): Test[] {
  const tests = new Map<string, Test>();
  const add = (suffix: string, doc: ast.Constant | undefined, lineno: () => number | null) => {
    const t: Test = { suffix, doc, lineno: doc ? lineno() : null, examples: [] };
    if (doc && typeof doc.value === 'string' && doc.value) {
      try {
        t.examples = parseExamples(doc.value);
      } catch (e) {
        if (!(e instanceof FinderError)) throw e;
        t.error = e.message;
      }
    }
    tests.delete(suffix); // a later binding of the name replaces the earlier one
    tests.set(suffix, t);
  };
  add('', docOf(mod.body), () => docLine(lines, 0));
  // cls: the name of the class whose body this is (its private names are mangled, as the keys
  // of the class's __dict__ that CPython's finder reads).
  const scan = (body: ast.stmt[], prefix: string, cls?: string) => {
    for (const s of body) {
      switch (s._type) {
        case 'FunctionDef':
        case 'AsyncFunctionDef': {
          // A property's setter or deleter keeps the getter's docstring.
          if (s.decorator_list.some((d) => d._type === 'Attribute' && (d.attr === 'setter' || d.attr === 'deleter'))) break;
          const first = s.decorator_list.length ? Math.min(s.lineno, ...s.decorator_list.map((d) => d.lineno)) : s.lineno;
          add(`${prefix}.${mangled(s.name, cls)}`, docOf(s.body), () => docLine(lines, first - 1));
          break;
        }
        case 'ClassDef': {
          const re = new RegExp(`^\\s*class\\s*${escapeRe(s.name)}\\b`);
          const name = mangled(s.name, cls);
          add(`${prefix}.${name}`, docOf(s.body), () => {
            const i = lines.findIndex((l) => re.test(l));
            return i < 0 ? null : docLine(lines, i);
          });
          scan(s.body, `${prefix}.${name}`, s.name);
          // the methods @dataclass adds to the class (functions of the module: listed as items)
          for (const m of dataclassMethods(s)) if (!tests.has(`${prefix}.${name}.${m}`)) add(`${prefix}.${name}.${m}`, undefined, () => null);
          break;
        }
        case 'Assign':
          // `f = lambda ...`: a routine without a docstring.
          if (s.value._type === 'Lambda') for (const t of s.targets) if (t._type === 'Name') add(`${prefix}.${mangled(t.id, cls)}`, undefined, () => null);
          break;
        case 'If':
          scan(s.body, prefix, cls);
          scan(s.orelse, prefix, cls);
          break;
        case 'Try':
          scan(s.body, prefix, cls);
          for (const h of s.handlers) scan(h.body, prefix, cls);
          scan(s.orelse, prefix, cls);
          scan(s.finalbody, prefix, cls);
          break;
        default:
          break;
      }
    }
  };
  scan(mod.body, '');
  return [...tests.values()];
}

/** A name as a key of class `cls`'s __dict__: `__x` is `_C__x` (not `__x__`). */
function mangled(name: string, cls: string | undefined): string {
  if (!cls || !name.startsWith('__') || name.endsWith('__')) return name;
  const c = cls.replace(/^_+/, '');
  return c ? `_${c}${name}` : name;
}

/** The special methods `@dataclass` (or `@dataclasses.dataclass(...)`, its constant keywords)
 * makes for a class statement, besides the ones the class defines itself. */
function dataclassMethods(c: ast.ClassDef): string[] {
  let kw: ast.keyword[] | undefined;
  for (const d of c.decorator_list) {
    const f = d._type === 'Call' ? d.func : d;
    if ((f._type === 'Name' && f.id === 'dataclass') || (f._type === 'Attribute' && f.attr === 'dataclass')) kw = d._type === 'Call' ? d.keywords : [];
  }
  if (!kw) return [];
  const flag = (k: string, dflt: boolean) => {
    const v = kw!.find((x) => x.arg === k)?.value;
    return v && v._type === 'Constant' ? !!v.value : dflt;
  };
  const own = new Set(c.body.filter((s): s is ast.FunctionDef => s._type === 'FunctionDef').map((s) => s.name));
  for (const s of c.body) if (s._type === 'Assign') for (const t of s.targets) if (t._type === 'Name') own.add(t.id);
  const out: string[] = [];
  const eq = flag('eq', true);
  const frozen = flag('frozen', false);
  if (flag('init', true)) out.push('__init__');
  if (flag('repr', true)) out.push('__repr__');
  if (eq) out.push('__eq__');
  if (flag('order', false)) out.push('__lt__', '__le__', '__gt__', '__ge__');
  if (frozen) out.push('__setattr__', '__delattr__');
  if (!own.has('__hash__') && (flag('unsafe_hash', false) || (eq && frozen))) out.push('__hash__');
  return out.filter((m) => !own.has(m));
}

function docOf(body: ast.stmt[]): ast.Constant | undefined {
  const s = body[0];
  if (s && s._type === 'Expr' && s.value._type === 'Constant' && typeof s.value.value === 'string') return s.value;
  return undefined;
}

/** CPython's _find_lineno: from `from`, the first line that begins with a quote (after an
 * optional `...:` and string prefix). */
function docLine(lines: string[], from: number): number | null {
  const pat = /^(|.*:)\s*\w*("|')/;
  for (let i = Math.max(0, from); i < lines.length; i++) if (pat.test(lines[i])) return i;
  return null;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// ---- DocTestParser ------------------------------------------------------------------------------

class FinderError extends Error {}

const EXAMPLE_RE = /(?<source>(?:^(?<indent>[ ]*)>>>.*)(?:\n[ ]*\.\.\..*)*)\n?(?<want>(?:(?![ ]*$)(?![ ]*>>>).+$\n?)*)/gm;
const EXCEPTION_RE = /(?<hdr>Traceback \((?:most recent call last|innermost last)\):)\s*$(?<stack>[\s\S]*?)^(?<msg>\w+[\s\S]*)/my;
const OPTION_RE = /#\s*doctest:\s*([^\n'"]*)$/gm;
const BLANK_OR_COMMENT = /^[ ]*(#.*)?$/;


/** The examples of a docstring (DocTestParser.parse with its checks; \0 in an error message
 * stands for the test's name, known at run time). */
function parseExamples(doc: string): Example[] {
  let s = expandTabs(doc);
  const indents = [...s.matchAll(/^([ ]*)(?=\S)/gm)].map((m) => m[1].length);
  const minIndent = indents.length ? Math.min(...indents) : 0;
  if (minIndent > 0) s = s.split('\n').map((l) => l.slice(minIndent)).join('\n');
  const out: Example[] = [];
  let charno = 0;
  let lineno = 0;
  EXAMPLE_RE.lastIndex = 0;
  for (let m = EXAMPLE_RE.exec(s); m; m = EXAMPLE_RE.exec(s)) {
    lineno += count(s, '\n', charno, m.index);
    const ex = parseExample(m, lineno);
    if (!isBlankOrComment(ex.source)) out.push({ ...ex, indent: minIndent + m.groups!.indent.length });
    lineno += count(s, '\n', m.index, m.index + m[0].length);
    charno = m.index + m[0].length;
  }
  return out;
}

/** _IS_BLANK_OR_COMMENT(source) with Python's `$` (the end, or before a final newline). */
function isBlankOrComment(source: string): boolean {
  const body = source.endsWith('\n') ? source.slice(0, -1) : source;
  return !body.includes('\n') && BLANK_OR_COMMENT.test(body);
}

function parseExample(m: RegExpExecArray, lineno: number): Omit<Example, 'indent'> {
  const indent = m.groups!.indent.length;
  const sourceLines = m.groups!.source.split('\n');
  for (let i = 0; i < sourceLines.length; i++) {
    const line = sourceLines[i];
    if (line.length >= indent + 4 && line[indent + 3] !== ' ') {
      throw new FinderError(`line ${lineno + i + 1} of the docstring for \0 lacks blank after ${line.slice(indent, indent + 3)}: ${pyRepr(line)}`);
    }
  }
  checkPrefix(sourceLines.slice(1), ' '.repeat(indent) + '.', lineno);
  let source = sourceLines.map((l) => l.slice(indent + 4)).join('\n');
  const wantLines = m.groups!.want.split('\n');
  if (wantLines.length > 1 && /^ *$/.test(wantLines[wantLines.length - 1])) wantLines.pop();
  checkPrefix(wantLines, ' '.repeat(indent), lineno + sourceLines.length);
  let want = wantLines.map((l) => l.slice(indent)).join('\n');
  EXCEPTION_RE.lastIndex = 0;
  const em = EXCEPTION_RE.exec(want);
  let excMsg = em ? em.groups!.msg : null;
  const { on, off } = findOptions(source, lineno);
  if (!source.endsWith('\n')) source += '\n';
  if (want && !want.endsWith('\n')) want += '\n';
  if (excMsg !== null && !excMsg.endsWith('\n')) excMsg += '\n';
  return { source, want, excMsg, lineno, on, off };
}

function checkPrefix(lines: string[], prefix: string, lineno: number): void {
  lines.forEach((line, i) => {
    if (line && !line.startsWith(prefix)) throw new FinderError(`line ${lineno + i + 1} of the docstring for \0 has inconsistent leading whitespace: ${pyRepr(line)}`);
  });
}

function findOptions(source: string, lineno: number): { on: number; off: number } {
  let on = 0;
  let off = 0;
  let any = false;
  OPTION_RE.lastIndex = 0;
  for (let m = OPTION_RE.exec(source); m; m = OPTION_RE.exec(source)) {
    for (const option of m[1].replace(/,/g, ' ').split(/\s+/).filter((x) => x)) {
      const flag = OPTION_FLAGS.indexOf(option.slice(1));
      if ((option[0] !== '+' && option[0] !== '-') || flag < 0) throw new FinderError(`line ${lineno + 1} of the doctest for \0 has an invalid option: ${pyRepr(option)}`);
      any = true;
      if (option[0] === '+') {
        on |= 1 << flag;
        off &= ~(1 << flag);
      } else {
        off |= 1 << flag;
        on &= ~(1 << flag);
      }
    }
  }
  if (any && isBlankOrComment(source)) throw new FinderError(`line ${lineno} of the doctest for \0 has an option directive on a line with no example: ${pyRepr(source)}`);
  return { on, off };
}

function count(s: string, ch: string, from: number, to: number): number {
  let n = 0;
  for (let i = s.indexOf(ch, from); i >= 0 && i < to; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

function expandTabs(s: string): string {
  if (!s.includes('\t')) return s;
  let out = '';
  let col = 0;
  for (const ch of s) {
    if (ch === '\t') {
      const n = 8 - (col % 8);
      out += ' '.repeat(n);
      col += n;
    } else {
      out += ch;
      col = ch === '\n' || ch === '\r' ? 0 : col + 1;
    }
  }
  return out;
}

// ---- the compiled examples ----------------------------------------------------------------------

/** The function running test t's examples. */
function testFunction(t: Test, name: string, file: string, extra: string[]): ast.FunctionDef {
  const text = [`def ${name}(${RUNNER}):`];
  // testmod(extraglobs=...): the examples see those names (each test its own binding, as each
  // test gets its own copy of the globals in CPython)
  for (const g of extra) text.push(`    ${g} = ${RUNNER}.glob(${py(g)})`);
  for (let i = 0; i < t.examples.length; i++) {
    text.push(`    if ${RUNNER}.example(${i}):`, '        try:', '            pass', '        except BaseException as __keel_e:', `            ${RUNNER}.failed(__keel_e)`, '        else:', `            ${RUNNER}.passed()`);
  }
  const def = parsed(text.join('\n') + '\n', file)[0] as ast.FunctionDef;
  // The docstring's first line (1-based), from which the examples' lines count.
  const base = t.lineno !== null ? t.lineno + 1 : (t.doc?.lineno ?? 1);
  relocate(def.args, base, 0);
  Object.assign(def, { lineno: base, end_lineno: base, col_offset: 0, end_col_offset: 0 });
  for (const s of def.body.slice(0, extra.length)) relocate(s, base, 0);
  t.examples.forEach((e, i) => {
    const line = base + e.lineno;
    const guard = def.body[extra.length + i] as ast.If;
    relocate(guard, line, e.indent);
    (guard.body[0] as ast.Try).body = exampleCode(e, line, file);
  });
  return def;
}

/** The example's statements at their docstring lines, expression statements displayed. */
function exampleCode(e: Example, line: number, file: string): ast.stmt[] {
  const p = parseModule(e.source, file);
  if (!p.module || p.diagnostics.some((d) => d.severity === 'error')) {
    // CPython's compile() raises SyntaxError when the example runs.
    const msg = p.diagnostics.find((d) => d.severity === 'error')?.message ?? 'invalid syntax';
    const body = parsed(`raise SyntaxError(${py(msg.replace(/^error: /, ''))})\n`, file);
    for (const s of body) relocate(s, line, e.indent + 4);
    return body;
  }
  const body = p.module.body;
  shift(body, line - 1, e.indent + 4);
  const display = (s: ast.stmt): ast.stmt => {
    if (s._type !== 'Expr') return s;
    const call = (parsed(`${RUNNER}.display(None)\n`, file)[0] as ast.Expr).value as ast.Call;
    relocate(call, s.lineno, s.col_offset);
    call.args = [s.value];
    return { ...s, value: call };
  };
  const visit = (stmts: ast.stmt[]): ast.stmt[] =>
    stmts.map((s) => {
      switch (s._type) {
        case 'If':
        case 'For':
        case 'AsyncFor':
        case 'While':
          s.body = visit(s.body);
          s.orelse = visit(s.orelse);
          return s;
        case 'With':
        case 'AsyncWith':
          s.body = visit(s.body);
          return s;
        case 'Try':
        case 'TryStar':
          s.body = visit(s.body);
          for (const h of s.handlers) h.body = visit(h.body);
          s.orelse = visit(s.orelse);
          s.finalbody = visit(s.finalbody);
          return s;
        case 'Match':
          for (const c of s.cases) c.body = visit(c.body);
          return s;
        default:
          return display(s);
      }
    });
  return visit(body);
}

function parsed(text: string, file: string): ast.stmt[] {
  const p = parseModule(text, file);
  if (!p.module) throw new Error(`doctest: generated code does not parse: ${p.diagnostics.map((d) => d.message).join('; ')}`);
  return p.module.body;
}

/** Moves every located node under n to line `line`, column `col` (generated scaffolding). */
export function relocate(n: unknown, line: number, col: number): void {
  walkLocated(n, (o) => {
    o.lineno = line;
    o.end_lineno = line;
    o.col_offset = col;
    o.end_col_offset = col;
  });
}

/** Shifts every located node under n by `lines` lines and `cols` columns (an example's code). */
function shift(n: unknown, lines: number, cols: number): void {
  walkLocated(n, (o) => {
    o.lineno += lines;
    o.end_lineno += lines;
    o.col_offset += cols;
    o.end_col_offset += cols;
  });
}

export function walkLocated(n: unknown, f: (o: ast.Located) => void): void {
  if (!n || typeof n !== 'object') return;
  if (Array.isArray(n)) {
    for (const x of n) walkLocated(x, f);
    return;
  }
  const o = n as Record<string, unknown>;
  if (typeof o.lineno === 'number' && typeof o.col_offset === 'number') f(o as unknown as ast.Located);
  forEachField(o, (v) => walkLocated(v, f));
}

function firstLine(mod: ast.Module): number {
  return mod.body.length ? mod.body[0].lineno : 1;
}

/** A Python str literal of s (JSON's escapes are Python's). */
function py(s: string): string {
  return JSON.stringify(s);
}

/** Python's repr of a str (for the finder's error messages). */
function pyRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q;
  for (const ch of s) {
    if (ch === q || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (ch < ' ' || ch === '\x7f') out += '\\x' + ch.charCodeAt(0).toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + q;
}
