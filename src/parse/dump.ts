// ast.dump: prints a tree exactly as CPython 3.12's `ast.dump(node, include_attributes=...,
// indent=...)` does, including Python's repr of every constant (str, bytes, int, float, complex).
import type { AST, ConstantValue, StrValue } from './ast.js';
import { NON_PRINTABLE_RANGES } from './printable-table.js';

/**
 * Field order of every node type as CPython's `_fields` lists it; a trailing `?` marks an
 * optional field (omitted from the dump when None); the flag says whether the node has positions.
 */
const FIELDS: Record<string, [string, boolean]> = {
  Module: ['body type_ignores', false],
  FunctionDef: ['name args body decorator_list returns? type_comment? type_params', true],
  AsyncFunctionDef: ['name args body decorator_list returns? type_comment? type_params', true],
  ClassDef: ['name bases keywords body decorator_list type_params', true],
  Return: ['value?', true],
  Delete: ['targets', true],
  Assign: ['targets value type_comment?', true],
  TypeAlias: ['name type_params value', true],
  AugAssign: ['target op value', true],
  AnnAssign: ['target annotation value? simple', true],
  For: ['target iter body orelse type_comment?', true],
  AsyncFor: ['target iter body orelse type_comment?', true],
  While: ['test body orelse', true],
  If: ['test body orelse', true],
  With: ['items body type_comment?', true],
  AsyncWith: ['items body type_comment?', true],
  Match: ['subject cases', true],
  Raise: ['exc? cause?', true],
  Try: ['body handlers orelse finalbody', true],
  TryStar: ['body handlers orelse finalbody', true],
  Assert: ['test msg?', true],
  Import: ['names', true],
  ImportFrom: ['module? names level?', true],
  Global: ['names', true],
  Nonlocal: ['names', true],
  Expr: ['value', true],
  Pass: ['', true],
  Break: ['', true],
  Continue: ['', true],
  BoolOp: ['op values', true],
  NamedExpr: ['target value', true],
  BinOp: ['left op right', true],
  UnaryOp: ['op operand', true],
  Lambda: ['args body', true],
  IfExp: ['test body orelse', true],
  Dict: ['keys values', true],
  Set: ['elts', true],
  ListComp: ['elt generators', true],
  SetComp: ['elt generators', true],
  DictComp: ['key value generators', true],
  GeneratorExp: ['elt generators', true],
  Await: ['value', true],
  Yield: ['value?', true],
  YieldFrom: ['value', true],
  Compare: ['left ops comparators', true],
  Call: ['func args keywords', true],
  FormattedValue: ['value conversion format_spec?', true],
  JoinedStr: ['values', true],
  Constant: ['value kind?', true],
  Attribute: ['value attr ctx', true],
  Subscript: ['value slice ctx', true],
  Starred: ['value ctx', true],
  Name: ['id ctx', true],
  List: ['elts ctx', true],
  Tuple: ['elts ctx', true],
  Slice: ['lower? upper? step?', true],
  Load: ['', false],
  Store: ['', false],
  Del: ['', false],
  And: ['', false],
  Or: ['', false],
  Add: ['', false],
  Sub: ['', false],
  Mult: ['', false],
  MatMult: ['', false],
  Div: ['', false],
  Mod: ['', false],
  Pow: ['', false],
  LShift: ['', false],
  RShift: ['', false],
  BitOr: ['', false],
  BitXor: ['', false],
  BitAnd: ['', false],
  FloorDiv: ['', false],
  Invert: ['', false],
  Not: ['', false],
  UAdd: ['', false],
  USub: ['', false],
  Eq: ['', false],
  NotEq: ['', false],
  Lt: ['', false],
  LtE: ['', false],
  Gt: ['', false],
  GtE: ['', false],
  Is: ['', false],
  IsNot: ['', false],
  In: ['', false],
  NotIn: ['', false],
  comprehension: ['target iter ifs is_async', false],
  ExceptHandler: ['type? name? body', true],
  arguments: ['posonlyargs args vararg? kwonlyargs kw_defaults kwarg? defaults', false],
  arg: ['arg annotation? type_comment?', true],
  keyword: ['arg? value', true],
  alias: ['name asname?', true],
  withitem: ['context_expr optional_vars?', false],
  match_case: ['pattern guard? body', false],
  MatchValue: ['value', true],
  MatchSingleton: ['value', true],
  MatchSequence: ['patterns', true],
  MatchMapping: ['keys patterns rest?', true],
  MatchClass: ['cls patterns kwd_attrs kwd_patterns', true],
  MatchStar: ['name?', true],
  MatchAs: ['pattern? name?', true],
  MatchOr: ['patterns', true],
  TypeIgnore: ['lineno tag', false],
  TypeVar: ['name bound?', true],
  ParamSpec: ['name', true],
  TypeVarTuple: ['name', true],
};

interface FieldInfo { names: string[]; optional: boolean[]; located: boolean }
const ATTRIBUTES = ['lineno', 'col_offset', 'end_lineno', 'end_col_offset'];

function fieldInfo(cache: Map<string, FieldInfo>, type: string): FieldInfo {
  let info = cache.get(type);
  if (info) return info;
  const entry = FIELDS[type];
  if (!entry) throw new Error(`dumpAst: unknown node type ${type}`);
  const parts = entry[0] === '' ? [] : entry[0].split(' ');
  info = {
    names: parts.map((p) => p.replace('?', '')),
    optional: parts.map((p) => p.endsWith('?')),
    located: entry[1],
  };
  cache.set(type, info);
  return info;
}

/** Prints `node` in `ast.dump` format (annotate_fields=True). */
export function dumpAst(node: AST, opts: { includeAttributes?: boolean; indent?: number | string } = {}): string {
  const includeAttributes = opts.includeAttributes ?? false;
  const indent = typeof opts.indent === 'number' ? ' '.repeat(opts.indent) : opts.indent;
  const cache = new Map<string, FieldInfo>();
  const ranges = nonPrintable();

  // Returns [text, simple] like CPython's _format.
  const format = (value: unknown, level: number, constant = false): [string, boolean] => {
    let prefix = '';
    let sep = ', ';
    if (indent !== undefined) {
      level += 1;
      prefix = '\n' + indent.repeat(level);
      sep = ',\n' + indent.repeat(level);
    }
    if (Array.isArray(value)) {
      if (value.length === 0) return ['[]', true];
      return ['[' + prefix + value.map((x) => format(x, level)[0]).join(sep) + ']', false];
    }
    if (value !== null && typeof value === 'object' && '_type' in value) {
      const n = value as unknown as Record<string, unknown> & { _type: string };
      const info = fieldInfo(cache, n._type);
      const args: string[] = [];
      let allSimple = true;
      for (let i = 0; i < info.names.length; i++) {
        const v = n[info.names[i]];
        if ((v === null || v === undefined) && info.optional[i]) continue;
        const [text, simple] = format(v, level, info.names[i] === 'value' && (n._type === 'Constant' || n._type === 'MatchSingleton'));
        allSimple &&= simple;
        args.push(`${info.names[i]}=${text}`);
      }
      if (includeAttributes && info.located) {
        for (const name of ATTRIBUTES) {
          const v = n[name];
          if (v === null || v === undefined) continue;
          args.push(`${name}=${String(v)}`);
        }
      }
      if (allSimple && args.length <= 3) return [`${n._type}(${args.join(', ')})`, args.length === 0];
      return [`${n._type}(${prefix}${args.join(sep)})`, false];
    }
    if (typeof value === 'number' && !constant) return [String(value), true];
    return [reprConstant(value as ConstantValue, ranges), true];
  };
  return format(node, 0)[0];
}

/** Python's repr() of a constant value. */
export function reprConstant(v: ConstantValue, ranges: Int32Array = nonPrintable()): string {
  if (v === null) return 'None';
  switch (typeof v) {
    case 'boolean': return v ? 'True' : 'False';
    case 'bigint': return v.toString();
    case 'number': return reprFloat(v);
    case 'string': return reprStr(v, ranges);
  }
  if (v instanceof Uint8Array) return reprBytes(v);
  if (v.kind === 'ellipsis') return 'Ellipsis';
  if (v.kind === 'codepoints') return reprStr(v, ranges);
  return reprComplex(v.real, v.imag);
}

/** Decodes the generated non-printable table into sorted [start, end] pairs. */
function nonPrintable(): Int32Array {
  const parts = NON_PRINTABLE_RANGES.split(' ');
  const out = new Int32Array(parts.length * 2);
  let prev = 0;
  for (let i = 0; i < parts.length; i++) {
    const [d, len] = parts[i].split(',');
    const start = prev + parseInt(d, 36);
    out[2 * i] = start;
    out[2 * i + 1] = start + parseInt(len, 36) - 1;
    prev = start + parseInt(len, 36);
  }
  return out;
}

function isPrintable(ranges: Int32Array, cp: number): boolean {
  let lo = 0;
  let hi = ranges.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < ranges[2 * mid]) hi = mid - 1;
    else if (cp > ranges[2 * mid + 1]) lo = mid + 1;
    else return false;
  }
  return true;
}

/** Python's repr() of a str (quote choice, escapes, isprintable as CPython 3.12 defines it). */
export function reprStr(s: StrValue, ranges: Int32Array = nonPrintable()): string {
  const cps: number[] = [];
  if (typeof s === 'string') {
    for (let i = 0; i < s.length; i++) {
      const cp = s.codePointAt(i)!;
      cps.push(cp);
      if (cp > 0xffff) i++;
    }
  } else cps.push(...s.codePoints);
  const quote = cps.includes(0x27) && !cps.includes(0x22) ? 0x22 : 0x27;
  let out = String.fromCharCode(quote);
  for (const c of cps) {
    if (c >= 0x20 && c < 0x7f) {
      if (c === quote || c === 0x5c) out += '\\' + String.fromCharCode(c);
      else out += String.fromCharCode(c);
    } else if (c === 0x09) out += '\\t';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + hex(c, 2);
    else if (c < 0x7f || isPrintable(ranges, c)) out += String.fromCodePoint(c);
    else out += c <= 0xff ? '\\x' + hex(c, 2) : c <= 0xffff ? '\\u' + hex(c, 4) : '\\U' + hex(c, 8);
  }
  return out + String.fromCharCode(quote);
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

/** Python's repr() of a bytes object. */
export function reprBytes(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const c of b) {
    if (c === 0x27) hasSingle = true;
    else if (c === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? 0x22 : 0x27;
  let out = 'b' + String.fromCharCode(quote);
  for (const c of b) {
    if (c === quote || c === 0x5c) out += '\\' + String.fromCharCode(c);
    else if (c === 0x09) out += '\\t';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + hex(c, 2);
    else out += String.fromCharCode(c);
  }
  return out + String.fromCharCode(quote);
}

/** Shortest round-trip digits and decimal point position of a finite, non-zero |x|. */
function shortestDigits(x: number): { digits: string; decpt: number } {
  const e = Math.abs(x).toExponential(); // "d.ddde+N": the shortest digits that round-trip
  const at = e.indexOf('e');
  const mantissa = e.slice(0, at).replace('.', '');
  return { digits: mantissa, decpt: Number(e.slice(at + 1)) + 1 };
}

function formatRepr(x: number, addDot0: boolean): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  if (x === 0) return sign + (addDot0 ? '0.0' : '0');
  const { digits, decpt } = shortestDigits(x);
  if (decpt <= -4 || decpt > 16) {
    const exp = decpt - 1;
    const rest = digits.length > 1 ? '.' + digits.slice(1) : '';
    const e = Math.abs(exp);
    return `${sign}${digits[0]}${rest}e${exp < 0 ? '-' : '+'}${e < 10 ? '0' : ''}${e}`;
  }
  if (decpt <= 0) return `${sign}0.${'0'.repeat(-decpt)}${digits}`;
  if (decpt >= digits.length) return `${sign}${digits}${'0'.repeat(decpt - digits.length)}${addDot0 ? '.0' : ''}`;
  return `${sign}${digits.slice(0, decpt)}.${digits.slice(decpt)}`;
}

/** Python's repr() of a float: shortest round-trip, exponent form below 1e-4 and from 1e16. */
export function reprFloat(x: number): string {
  return formatRepr(x, true);
}

/** Python's repr() of a complex number. */
export function reprComplex(real: number, imag: number): string {
  if (real === 0 && !Object.is(real, -0)) return formatRepr(imag, false) + 'j';
  const im = formatRepr(imag, false);
  const sign = im.startsWith('-') ? '' : '+';
  return `(${formatRepr(real, false)}${sign}${im}j)`;
}
