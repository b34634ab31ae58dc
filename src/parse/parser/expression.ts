// Expressions: the expression rules of Grammar/python.gram from star_expressions down to atom,
// with calls, subscripts/slices, comprehensions, lambdas and displays.
import * as ast from '../ast.js';
import { T, type Token } from '../tokens.js';
import type { Parser } from './core.js';
import { numberValue } from './literals.js';
import { strings } from './strings.js';
import { exprName, setContext } from './target.js';
import { lambdaParameters } from './params.js';

type E = ast.expr;
const OP = (k: ast.OperatorKind): ast.operator => ({ _type: k });
const BINOPS: Record<string, ast.operator> = {
  '|': OP('BitOr'), '^': OP('BitXor'), '&': OP('BitAnd'), '<<': OP('LShift'), '>>': OP('RShift'),
  '+': OP('Add'), '-': OP('Sub'), '*': OP('Mult'), '/': OP('Div'), '//': OP('FloorDiv'), '%': OP('Mod'),
  '@': OP('MatMult'),
};
/** Binary operator precedence levels, loosest first (bitwise_or .. term). */
const LEVELS: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['|']), new Set(['^']), new Set(['&']), new Set(['<<', '>>']), new Set(['+', '-']),
  new Set(['*', '/', '//', '%', '@']),
];
const CMP: Record<string, ast.cmpop> = {
  '==': { _type: 'Eq' }, '!=': { _type: 'NotEq' }, '<': { _type: 'Lt' }, '<=': { _type: 'LtE' },
  '>': { _type: 'Gt' }, '>=': { _type: 'GtE' },
};
const AND: ast.boolop = { _type: 'And' };
const OR: ast.boolop = { _type: 'Or' };
const POW = OP('Pow');

// star_expressions:
//     | star_expression (',' star_expression )+ [','] | star_expression ',' | star_expression
export function starExpressions(p: Parser): E {
  const s = p.tok;
  const first = starExpression(p);
  if (!p.isOp(',')) return first;
  const elts = [first];
  while (p.eatOp(',')) {
    if (!startsExpression(p)) break;
    elts.push(starExpression(p));
  }
  return p.fin<ast.Tuple>({ _type: 'Tuple', elts, ctx: ast.LOAD }, s);
}

// star_expression: '*' bitwise_or | expression
export function starExpression(p: Parser): E {
  if (p.isOp('*')) {
    const s = p.next();
    const value = bitwiseOr(p);
    return p.fin<ast.Starred>({ _type: 'Starred', value, ctx: ast.LOAD }, s);
  }
  return expression(p);
}

// star_named_expression: '*' bitwise_or | named_expression
export function starNamedExpression(p: Parser): E {
  if (p.isOp('*')) {
    const s = p.next();
    const value = bitwiseOr(p);
    return p.fin<ast.Starred>({ _type: 'Starred', value, ctx: ast.LOAD }, s);
  }
  return namedExpression(p);
}

/** Could the current token start an expression? (used after a trailing comma) */
export function startsExpression(p: Parser): boolean {
  const t = p.tok;
  switch (t.type) {
    case T.NAME:
      switch (t.value) {
        case 'not': case 'lambda': case 'await': case 'None': case 'True': case 'False': case 'yield':
          return true;
        default:
          return p.isName(t);
      }
    case T.NUMBER: case T.STRING: case T.FSTRING_START:
      return true;
    case T.OP:
      switch (t.value) {
        case '(': case '[': case '{': case '-': case '+': case '~': case '*': case '...': case '**':
          return true;
      }
      return false;
    default:
      return false;
  }
}

// named_expression: NAME ':=' ~ expression | expression !':='
export function namedExpression(p: Parser): E {
  const s = p.tok;
  if (s.type === T.NAME && p.peek().type === T.OP && p.peek().value === ':=' && p.isName(s)) {
    p.i++;
    const target = p.fin<ast.Name>({ _type: 'Name', id: s.value, ctx: ast.STORE }, s);
    p.i++;
    const value = expression(p);
    return p.fin<ast.NamedExpr>({ _type: 'NamedExpr', target, value }, s);
  }
  const e = expression(p);
  if (p.isOp(':=')) p.raiseAt(`cannot use assignment expressions with ${exprName(e)}`, e);
  return e;
}

// expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
export function expression(p: Parser): E {
  if (p.isKw('lambda')) return lambdef(p);
  const s = p.tok;
  p.enter();
  const body = disjunction(p);
  if (p.isKw('if')) {
    p.i++;
    const test = disjunction(p);
    if (!p.isKw('else')) {
      if (p.tok.type === T.ERROR) p.raiseLexError();
      p.raiseAt("expected 'else' after 'if' expression", body, test);
    }
    p.i++;
    const orelse = expression(p);
    p.leave();
    return p.fin<ast.IfExp>({ _type: 'IfExp', test, body, orelse }, s);
  }
  p.leave();
  return body;
}

// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
export function yieldExpr(p: Parser): E {
  const s = p.next();
  if (p.eatKw('from')) {
    const value = expression(p);
    return p.fin<ast.YieldFrom>({ _type: 'YieldFrom', value }, s);
  }
  const value = startsExpression(p) && !p.isOp('**') ? starExpressions(p) : null;
  return p.fin<ast.Yield>({ _type: 'Yield', value }, s);
}

// lambdef: 'lambda' [lambda_params] ':' expression
export function lambdef(p: Parser): E {
  const s = p.next();
  p.enter();
  const args = lambdaParameters(p);
  p.expectOp(':');
  const body = expression(p);
  p.leave();
  return p.fin<ast.Lambda>({ _type: 'Lambda', args, body }, s);
}

// disjunction: conjunction ('or' conjunction)+ | conjunction
export function disjunction(p: Parser): E {
  const s = p.tok;
  const first = conjunction(p);
  if (!p.isKw('or')) return first;
  const values = [first];
  while (p.eatKw('or')) values.push(conjunction(p));
  return p.fin<ast.BoolOp>({ _type: 'BoolOp', op: OR, values }, s);
}

// conjunction: inversion ('and' inversion)+ | inversion
function conjunction(p: Parser): E {
  const s = p.tok;
  const first = inversion(p);
  if (!p.isKw('and')) return first;
  const values = [first];
  while (p.eatKw('and')) values.push(inversion(p));
  return p.fin<ast.BoolOp>({ _type: 'BoolOp', op: AND, values }, s);
}

// inversion: 'not' inversion | comparison
function inversion(p: Parser): E {
  if (p.isKw('not')) {
    const s = p.next();
    p.enter();
    const operand = inversion(p);
    p.leave();
    return p.fin<ast.UnaryOp>({ _type: 'UnaryOp', op: { _type: 'Not' }, operand }, s);
  }
  return comparison(p);
}

// comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
function comparison(p: Parser): E {
  const s = p.tok;
  const left = bitwiseOr(p);
  let op = compareOp(p);
  if (!op) return left;
  const ops: ast.cmpop[] = [];
  const comparators: E[] = [];
  while (op) {
    ops.push(op);
    comparators.push(bitwiseOr(p));
    op = compareOp(p);
  }
  return p.fin<ast.Compare>({ _type: 'Compare', left, ops, comparators }, s);
}

/** Consumes a comparison operator if one is next. */
function compareOp(p: Parser): ast.cmpop | undefined {
  const t = p.tok;
  if (t.type === T.OP) {
    const op = CMP[t.value];
    if (op) p.i++;
    return op;
  }
  if (t.type !== T.NAME) return undefined;
  switch (t.value) {
    case 'in':
      p.i++;
      return { _type: 'In' };
    case 'not':
      if (p.peek().type === T.NAME && p.peek().value === 'in') {
        p.i += 2;
        return { _type: 'NotIn' };
      }
      return undefined;
    case 'is':
      p.i++;
      if (p.eatKw('not')) return { _type: 'IsNot' };
      return { _type: 'Is' };
  }
  return undefined;
}

// bitwise_or .. term: left-associative binary operators, by precedence level
export function bitwiseOr(p: Parser): E {
  return binary(p, 0);
}

function binary(p: Parser, level: number): E {
  const s = p.tok;
  let left = level === 5 ? factor(p) : binary(p, level + 1);
  const ops = LEVELS[level];
  for (;;) {
    const t = p.tok;
    if (t.type !== T.OP || !ops.has(t.value)) return left;
    p.i++;
    const right = level === 5 ? factor(p) : binary(p, level + 1);
    left = p.fin<ast.BinOp>({ _type: 'BinOp', left, op: BINOPS[t.value], right }, s);
  }
}

// factor: '+' factor | '-' factor | '~' factor | power
function factor(p: Parser): E {
  const t = p.tok;
  if (t.type === T.OP && (t.value === '-' || t.value === '+' || t.value === '~')) {
    p.i++;
    p.enter();
    const operand = factor(p);
    p.leave();
    const op: ast.unaryop = { _type: t.value === '-' ? 'USub' : t.value === '+' ? 'UAdd' : 'Invert' };
    return p.fin<ast.UnaryOp>({ _type: 'UnaryOp', op, operand }, t);
  }
  return power(p);
}

// power: await_primary '**' factor | await_primary
function power(p: Parser): E {
  const s = p.tok;
  const left = awaitPrimary(p);
  if (!p.isOp('**')) return left;
  p.i++;
  p.enter();
  const right = factor(p);
  p.leave();
  return p.fin<ast.BinOp>({ _type: 'BinOp', left, op: POW, right }, s);
}

// await_primary: 'await' primary | primary
function awaitPrimary(p: Parser): E {
  if (p.isKw('await')) {
    const s = p.next();
    const value = primary(p);
    return p.fin<ast.Await>({ _type: 'Await', value }, s);
  }
  return primary(p);
}

// primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')' | primary '[' slices ']' | atom
export function primary(p: Parser): E {
  const s = p.tok;
  let e = atom(p);
  for (;;) {
    const t = p.tok;
    if (t.type !== T.OP) return e;
    if (t.value === '.') {
      p.i++;
      const attr = p.expectName();
      e = p.fin<ast.Attribute>({ _type: 'Attribute', value: e, attr, ctx: ast.LOAD }, s);
    } else if (t.value === '(') {
      e = callTail(p, e, s);
    } else if (t.value === '[') {
      p.i++;
      p.enter();
      const slice = slices(p);
      p.leave();
      p.expectOp(']');
      e = p.fin<ast.Subscript>({ _type: 'Subscript', value: e, slice, ctx: ast.LOAD }, s);
    } else return e;
  }
}

// slices: slice !',' | ','.(slice | starred_expression)+ [',']
function slices(p: Parser): E {
  const s = p.tok;
  const first = sliceOrStarred(p);
  if (!p.isOp(',') && first._type !== 'Starred') return first;
  const elts = [first];
  while (p.eatOp(',')) {
    if (p.isOp(']')) break;
    elts.push(sliceOrStarred(p));
  }
  return p.fin<ast.Tuple>({ _type: 'Tuple', elts, ctx: ast.LOAD }, s);
}

// slice: [expression] ':' [expression] [':' [expression]] | named_expression
function sliceOrStarred(p: Parser): E {
  const s = p.tok;
  if (p.isOp('*')) {
    p.i++;
    const value = expression(p);
    return p.fin<ast.Starred>({ _type: 'Starred', value, ctx: ast.LOAD }, s);
  }
  let lower: E | null = null;
  if (!p.isOp(':')) {
    lower = namedExpression(p);
    if (!p.isOp(':')) return lower;
    if (lower._type === 'NamedExpr') p.fail();
  }
  p.i++;
  const upper = !p.isOp(':') && !p.isOp(',') && !p.isOp(']') ? expression(p) : null;
  let step: E | null = null;
  if (p.eatOp(':')) {
    if (!p.isOp(',') && !p.isOp(']')) step = expression(p);
  }
  return p.fin<ast.Slice>({ _type: 'Slice', lower, upper, step }, s);
}

// '(' [arguments] ')' after a primary, or a lone generator expression argument
function callTail(p: Parser, func: E, s: Token): E {
  const { args, keywords } = callArguments(p);
  return p.fin<ast.Call>({ _type: 'Call', func, args, keywords }, s);
}

/** '(' [arguments] ')' of a call or class definition (a lone genexp spans the parentheses). */
export function callArguments(p: Parser): { args: E[]; keywords: ast.keyword[] } {
  const open = p.next();
  p.enter();
  const args: E[] = [];
  const keywords: ast.keyword[] = [];
  let sawKeyword = false;
  let sawDoubleStar = false;
  while (!p.isOp(')')) {
    const a = p.tok;
    if (p.isOp('*')) {
      p.i++;
      const value = expression(p);
      if (sawDoubleStar) p.raiseAt('iterable argument unpacking follows keyword argument unpacking', p.fin<ast.Starred>({ _type: 'Starred', value, ctx: ast.LOAD }, a));
      args.push(p.fin<ast.Starred>({ _type: 'Starred', value, ctx: ast.LOAD }, a));
    } else if (p.isOp('**')) {
      p.i++;
      const value = expression(p);
      keywords.push(p.fin<ast.keyword>({ _type: 'keyword', arg: null, value }, a));
      sawDoubleStar = sawKeyword = true;
    } else if (p.isName(a) && p.peek().type === T.OP && p.peek().value === '=') {
      p.i += 2;
      if (p.isOp(',') || p.isOp(')')) p.raiseAt('expected argument value expression', tokLoc(a, p.prev));
      const value = expression(p);
      keywords.push(p.fin<ast.keyword>({ _type: 'keyword', arg: a.value, value }, a));
      sawKeyword = true;
    } else {
      const value = namedExpression(p);
      checkForgotComma(p, value, a);
      if (atFor(p)) {
        // a generator expression: alone, it spans the call's parentheses
        const generators = forIfClauses(p);
        if (args.length === 0 && keywords.length === 0 && p.isOp(')')) {
          p.i++;
          const gen = p.fin<ast.GeneratorExp>({ _type: 'GeneratorExp', elt: value, generators }, open);
          p.leave();
          return { args: [gen], keywords: [] };
        }
        const last = generators[generators.length - 1];
        const lastItem = last.ifs.length > 0 ? last.ifs[last.ifs.length - 1] : last.iter;
        p.raiseAt('Generator expression must be parenthesized', value, lastItem);
      }
      if (p.isOp('=')) {
        if (value._type === 'Constant' && (value.value === true || value.value === false || value.value === null)) {
          p.raiseAt(`cannot assign to ${exprName(value)}`, value);
        }
        p.raiseAt('expression cannot contain assignment, perhaps you meant "=="?', value, tokLoc(p.tok, p.tok));
      }
      if (sawKeyword) {
        p.raise(sawDoubleStar ? 'positional argument follows keyword argument unpacking' : 'positional argument follows keyword argument', p.tok);
      }
      args.push(value);
    }
    if (!p.eatOp(',')) break;
  }
  if (!p.isOp(')')) p.fail();
  p.i++;
  p.leave();
  return { args, keywords };
}

/** Does a comprehension's `for` / `async for` start here? */
function atFor(p: Parser): boolean {
  if (p.isKw('for')) return true;
  const n = p.peek();
  return p.isKw('async') && n.type === T.NAME && n.value === 'for';
}

const SOFT_KEYWORDS = new Set(['match', 'case', '_', 'type']);

/**
 * CPython's invalid_expression inside brackets: an element directly followed by another
 * expression gives "invalid syntax. Perhaps you forgot a comma?" over both.
 */
export function checkForgotComma(p: Parser, a: E, start: Token): void {
  const t = p.tok;
  const starts = t.type === T.NUMBER || t.type === T.STRING || t.type === T.FSTRING_START ||
    (t.type === T.NAME && (p.isName(t) || t.value === 'None' || t.value === 'True' || t.value === 'False' ||
      t.value === 'lambda' || t.value === 'not' || t.value === 'await')) ||
    (t.type === T.OP && (t.value === '{' || t.value === '...'));
  if (!starts) return;
  if (start.type === T.NAME && (SOFT_KEYWORDS.has(start.value) || p.toks[p.toks.indexOf(start) + 1]?.type === T.STRING)) return;
  const save = p.i;
  let b: E;
  try {
    b = expression(p);
  } catch {
    p.i = save;
    return;
  }
  p.raiseAt('invalid syntax. Perhaps you forgot a comma?', a, b);
}

export function tokLoc(a: Token, b: Token): ast.Located {
  return { lineno: a.lineno, col_offset: a.col, end_lineno: b.endLineno, end_col_offset: b.endCol };
}

// for_if_clauses: ( ['async'] 'for' star_targets 'in' ~ disjunction ('if' disjunction)* )+
export function forIfClauses(p: Parser): ast.comprehension[] {
  const gens: ast.comprehension[] = [];
  for (;;) {
    let isAsync = 0;
    if (p.isKw('async') && p.peek().type === T.NAME && p.peek().value === 'for') {
      p.i++;
      isAsync = 1;
    } else if (!p.isKw('for')) break;
    p.i++;
    const target = starTargets(p);
    if (!p.isKw('in')) p.fail();
    p.i++;
    const iter = disjunction(p);
    const ifs: E[] = [];
    while (p.eatKw('if')) ifs.push(disjunction(p));
    gens.push({ _type: 'comprehension', target, iter, ifs, is_async: isAsync });
  }
  return gens;
}

// star_targets: star_target (',' star_target)* [','] — parsed as expressions, then checked
export function starTargets(p: Parser): E {
  const s = p.tok;
  const first = starTargetElt(p);
  let e = first;
  if (p.isOp(',')) {
    const elts = [first];
    while (p.eatOp(',')) {
      if (p.isKw('in') || p.isOp('=') || !startsExpression(p)) break;
      elts.push(starTargetElt(p));
    }
    e = p.fin<ast.Tuple>({ _type: 'Tuple', elts, ctx: ast.STORE }, s);
  }
  setContext(p, e, ast.STORE, 'for');
  return e;
}

function starTargetElt(p: Parser): E {
  if (p.isOp('*')) {
    const s = p.next();
    const value = starTargetElt(p);
    return p.fin<ast.Starred>({ _type: 'Starred', value, ctx: ast.STORE }, s);
  }
  return bitwiseOr(p);
}

// atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | tuple/group/genexp | list/listcomp
//     | dict/set/dictcomp/setcomp | '...'
export function atom(p: Parser): E {
  const t = p.tok;
  switch (t.type) {
    case T.NAME:
      switch (t.value) {
        case 'None':
          p.i++;
          return p.fin<ast.Constant>({ _type: 'Constant', value: null, kind: null }, t);
        case 'True':
          p.i++;
          return p.fin<ast.Constant>({ _type: 'Constant', value: true, kind: null }, t);
        case 'False':
          p.i++;
          return p.fin<ast.Constant>({ _type: 'Constant', value: false, kind: null }, t);
      }
      if (!p.isName(t)) p.fail();
      p.i++;
      return p.fin<ast.Name>({ _type: 'Name', id: t.value, ctx: ast.LOAD }, t);
    case T.NUMBER:
      p.i++;
      return p.fin<ast.Constant>({ _type: 'Constant', value: numberValue(t.value), kind: null }, t);
    case T.STRING:
    case T.FSTRING_START:
      return strings(p);
    case T.OP:
      switch (t.value) {
        case '(': return parenAtom(p);
        case '[': return listAtom(p);
        case '{': return braceAtom(p);
        case '...':
          p.i++;
          return p.fin<ast.Constant>({ _type: 'Constant', value: ast.ELLIPSIS, kind: null }, t);
      }
  }
  p.fail();
}

// tuple | group | genexp
function parenAtom(p: Parser): E {
  const s = p.next();
  p.enter();
  if (p.isOp(')')) {
    p.i++;
    p.leave();
    return p.fin<ast.Tuple>({ _type: 'Tuple', elts: [], ctx: ast.LOAD }, s);
  }
  if (p.isKw('yield')) {
    const y = yieldExpr(p);
    p.expectOp(')');
    p.leave();
    return y;
  }
  const s1 = p.tok;
  const first = starNamedExpression(p);
  checkForgotComma(p, first, s1);
  if (atFor(p)) {
    if (first._type === 'Starred') p.raiseAt('iterable unpacking cannot be used in comprehension', first);
    const generators = forIfClauses(p);
    p.expectOp(')');
    p.leave();
    return p.fin<ast.GeneratorExp>({ _type: 'GeneratorExp', elt: first, generators }, s);
  }
  if (p.isOp(')')) {
    p.i++;
    p.leave();
    if (first._type === 'Starred') p.raiseAt('cannot use starred expression here', first);
    return first;
  }
  if (!p.isOp(',')) p.fail();
  const elts = [first];
  while (p.eatOp(',')) {
    if (p.isOp(')')) break;
    const si = p.tok;
    elts.push(starNamedExpression(p));
    checkForgotComma(p, elts[elts.length - 1], si);
  }
  p.expectOp(')');
  p.leave();
  return p.fin<ast.Tuple>({ _type: 'Tuple', elts, ctx: ast.LOAD }, s);
}

// list | listcomp
function listAtom(p: Parser): E {
  const s = p.next();
  p.enter();
  if (p.eatOp(']')) {
    p.leave();
    return p.fin<ast.List>({ _type: 'List', elts: [], ctx: ast.LOAD }, s);
  }
  const s1 = p.tok;
  const first = starNamedExpression(p);
  checkForgotComma(p, first, s1);
  if (atFor(p)) {
    if (first._type === 'Starred') p.raiseAt('iterable unpacking cannot be used in comprehension', first);
    const generators = forIfClauses(p);
    p.expectOp(']');
    p.leave();
    return p.fin<ast.ListComp>({ _type: 'ListComp', elt: first, generators }, s);
  }
  const elts = [first];
  while (p.eatOp(',')) {
    if (p.isOp(']')) break;
    const si = p.tok;
    elts.push(starNamedExpression(p));
    checkForgotComma(p, elts[elts.length - 1], si);
  }
  p.expectOp(']');
  p.leave();
  return p.fin<ast.List>({ _type: 'List', elts, ctx: ast.LOAD }, s);
}

// dict | set | dictcomp | setcomp
function braceAtom(p: Parser): E {
  const s = p.next();
  p.enter();
  if (p.eatOp('}')) {
    p.leave();
    return p.fin<ast.Dict>({ _type: 'Dict', keys: [], values: [] }, s);
  }
  let result: E;
  if (p.isOp('**')) {
    result = dictRest(p, s, undefined);
  } else {
    const first = starNamedExpression(p);
    if (p.isOp(':') && first._type !== 'Starred' && (first._type !== 'NamedExpr' || p.prev.value === ')')) {
      result = dictRest(p, s, first);
    } else if (atFor(p)) {
      if (first._type === 'Starred') p.raiseAt('iterable unpacking cannot be used in comprehension', first);
      const generators = forIfClauses(p);
      p.expectOp('}');
      result = p.fin<ast.SetComp>({ _type: 'SetComp', elt: first, generators }, s);
    } else {
      const elts = [first];
      while (p.eatOp(',')) {
        if (p.isOp('}')) break;
        elts.push(starNamedExpression(p));
      }
      p.expectOp('}');
      result = p.fin<ast.Set>({ _type: 'Set', elts }, s);
    }
  }
  p.leave();
  return result;
}

function dictRest(p: Parser, s: Token, firstKey: E | undefined): E {
  const keys: (E | null)[] = [];
  const values: E[] = [];
  for (;;) {
    if (!firstKey && p.eatOp('**')) {
      keys.push(null);
      values.push(bitwiseOr(p));
    } else {
      const key = firstKey ?? expression(p);
      firstKey = undefined;
      if (!p.isOp(':')) p.fail();
      p.i++;
      if (p.isOp('}') || p.isOp(',')) p.raise("expression expected after dictionary key and ':'", p.prev);
      const value = expression(p);
      if (keys.length === 0 && (atFor(p))) {
        const generators = forIfClauses(p);
        p.expectOp('}');
        return p.fin<ast.DictComp>({ _type: 'DictComp', key, value, generators }, s);
      }
      keys.push(key);
      values.push(value);
    }
    if (!p.eatOp(',')) break;
    if (p.isOp('}')) break;
  }
  p.expectOp('}');
  return p.fin<ast.Dict>({ _type: 'Dict', keys, values }, s);
}
