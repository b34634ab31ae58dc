// The match statement (PEP 634): subject, case blocks, guards and every pattern form
// (literal, capture, wildcard, value, group, sequence, mapping, class, star, as, or).
import * as ast from '../ast.js';
import { T, type Token } from '../tokens.js';
import type { Parser } from './core.js';
import { ParseFailure } from '../errors.js';
import { namedExpression, starNamedExpression, startsExpression } from './expression.js';
import { numberValue } from './literals.js';
import { strings } from './strings.js';
import { block } from './statement.js';

type P = ast.pattern;

// match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
/** Parses a match statement, or returns undefined (cursor unchanged) if `match` is a name here. */
export function matchStatement(p: Parser): ast.Match | undefined {
  const s = p.tok;
  const save = p.i;
  p.i++;
  let subject: ast.expr;
  try {
    if (!startsExpression(p) || p.isOp('**')) {
      p.i = save;
      return undefined;
    }
    subject = subjectExpr(p);
    if (!p.isOp(':') || p.peek().type !== T.NEWLINE) {
      p.i = save;
      return undefined;
    }
  } catch (e) {
    if (!(e instanceof ParseFailure)) throw e;
    p.i = save;
    return undefined;
  }
  p.i += 2;
  if (p.tok.type !== T.INDENT) {
    if (p.tok.type === T.ERROR) p.raiseLexError();
    p.raise(`expected an indented block after 'match' statement on line ${s.lineno}`, p.tok, 'IndentationError');
  }
  p.i++;
  const cases: ast.match_case[] = [];
  while ((p.tok.type as T) !== T.DEDENT) {
    if (!p.isKw('case')) p.fail();
    cases.push(caseBlock(p));
  }
  p.i++;
  return p.fin<ast.Match>({ _type: 'Match', subject, cases }, s);
}

// subject_expr: star_named_expression ',' star_named_expressions? | named_expression
function subjectExpr(p: Parser): ast.expr {
  const s = p.tok;
  const first = starNamedExpression(p);
  if (!p.isOp(',')) {
    if (first._type === 'Starred') p.fail();
    return first;
  }
  const elts = [first];
  while (p.eatOp(',')) {
    if (p.isOp(':')) break;
    elts.push(starNamedExpression(p));
  }
  return p.fin<ast.Tuple>({ _type: 'Tuple', elts, ctx: ast.LOAD }, s);
}

// case_block: "case" patterns guard? ':' block
function caseBlock(p: Parser): ast.match_case {
  const c = p.next();
  const pattern = patterns(p);
  const guard = p.eatKw('if') ? namedExpression(p) : null;
  if (!p.isOp(':')) {
    if (p.tok.type === T.NEWLINE) p.raise("expected ':'", p.tok);
    p.fail();
  }
  p.i++;
  const body = block(p, "'case' statement", c.lineno);
  return { _type: 'match_case', pattern, guard, body };
}

// patterns: open_sequence_pattern | pattern
function patterns(p: Parser): P {
  const s = p.tok;
  const first = maybeStarPattern(p);
  if (!p.isOp(',')) {
    if (first._type === 'MatchStar') return p.fin<ast.MatchSequence>({ _type: 'MatchSequence', patterns: [first] }, s);
    return first;
  }
  const list = [first];
  while (p.eatOp(',')) {
    if (p.isOp(':') || p.isKw('if')) break;
    list.push(maybeStarPattern(p));
  }
  return p.fin<ast.MatchSequence>({ _type: 'MatchSequence', patterns: list }, s);
}

// maybe_star_pattern: star_pattern | pattern
// star_pattern: '*' pattern_capture_target | '*' wildcard_pattern
function maybeStarPattern(p: Parser): P {
  if (p.isOp('*')) {
    const s = p.next();
    const n = p.tok;
    if (!p.isName(n)) p.fail();
    p.i++;
    return p.fin<ast.MatchStar>({ _type: 'MatchStar', name: n.value === '_' ? null : n.value }, s);
  }
  return pattern(p);
}

// pattern: as_pattern | or_pattern
// as_pattern: or_pattern 'as' pattern_capture_target
function pattern(p: Parser): P {
  const s = p.tok;
  p.enter();
  const inner = orPattern(p);
  if (p.isKw('as')) {
    p.i++;
    const n = p.tok;
    if (!p.isName(n)) {
      if (startsExpression(p)) {
        p.raise('invalid pattern target', n);
      }
      p.fail();
    }
    if (n.value === '_') p.raise("cannot use '_' as a target", n);
    p.i++;
    p.leave();
    return p.fin<ast.MatchAs>({ _type: 'MatchAs', pattern: inner, name: n.value }, s);
  }
  p.leave();
  return inner;
}

// or_pattern: '|'.closed_pattern+
function orPattern(p: Parser): P {
  const s = p.tok;
  const first = closedPattern(p);
  if (!p.isOp('|')) return first;
  const list = [first];
  while (p.eatOp('|')) list.push(closedPattern(p));
  return p.fin<ast.MatchOr>({ _type: 'MatchOr', patterns: list }, s);
}

// closed_pattern: literal_pattern | capture_pattern | wildcard_pattern | value_pattern
//     | group_pattern | sequence_pattern | mapping_pattern | class_pattern
function closedPattern(p: Parser): P {
  const t = p.tok;
  if (t.type === T.NAME) {
    if (t.value === 'None' || t.value === 'True' || t.value === 'False') {
      p.i++;
      const value = t.value === 'None' ? null : t.value === 'True';
      return p.fin<ast.MatchSingleton>({ _type: 'MatchSingleton', value }, t);
    }
    if (!p.isName(t)) p.fail();
    const nameOrAttr = nameOrAttribute(p);
    if (p.isOp('(')) return classPattern(p, nameOrAttr, t);
    if (nameOrAttr._type === 'Attribute') {
      return p.fin<ast.MatchValue>({ _type: 'MatchValue', value: nameOrAttr }, t);
    }
    const id = (nameOrAttr as ast.Name).id;
    return p.fin<ast.MatchAs>({ _type: 'MatchAs', pattern: null, name: id === '_' ? null : id }, t);
  }
  if (t.type === T.NUMBER || t.type === T.STRING || t.type === T.FSTRING_START || (t.type === T.OP && t.value === '-')) {
    const value = literalExpr(p);
    return p.fin<ast.MatchValue>({ _type: 'MatchValue', value }, t);
  }
  if (t.type === T.OP) {
    if (t.value === '(') {
      p.i++;
      if (p.eatOp(')')) return p.fin<ast.MatchSequence>({ _type: 'MatchSequence', patterns: [] }, t);
      const first = maybeStarPattern(p);
      if (p.isOp(')') && first._type !== 'MatchStar') {
        p.i++;
        return first;
      }
      const list = [first];
      if (!p.isOp(')')) {
        p.expectOp(',');
        while (!p.isOp(')')) {
          list.push(maybeStarPattern(p));
          if (!p.eatOp(',')) break;
        }
      }
      p.expectOp(')');
      return p.fin<ast.MatchSequence>({ _type: 'MatchSequence', patterns: list }, t);
    }
    if (t.value === '[') {
      p.i++;
      const list: P[] = [];
      while (!p.isOp(']')) {
        list.push(maybeStarPattern(p));
        if (!p.eatOp(',')) break;
      }
      p.expectOp(']');
      return p.fin<ast.MatchSequence>({ _type: 'MatchSequence', patterns: list }, t);
    }
    if (t.value === '{') return mappingPattern(p);
  }
  p.fail();
}

// name_or_attr: attr | NAME ;  attr: name_or_attr '.' NAME
function nameOrAttribute(p: Parser): ast.expr {
  const s = p.next();
  let e: ast.expr = p.fin<ast.Name>({ _type: 'Name', id: s.value, ctx: ast.LOAD }, s);
  while (p.eatOp('.')) {
    const attr = p.expectName();
    e = p.fin<ast.Attribute>({ _type: 'Attribute', value: e, attr, ctx: ast.LOAD }, s);
  }
  return e;
}

// literal_expr: signed_number !('+' | '-') | complex_number | strings | 'None' | 'True' | 'False'
function literalExpr(p: Parser): ast.expr {
  const s = p.tok;
  if (s.type === T.STRING || s.type === T.FSTRING_START) {
    const e = strings(p);
    if (e._type === 'JoinedStr') p.raiseAt('patterns may only match literals and attribute lookups', e);
    return e;
  }
  if (s.type === T.NAME && (s.value === 'None' || s.value === 'True' || s.value === 'False')) {
    p.i++;
    const value = s.value === 'None' ? null : s.value === 'True';
    return p.fin<ast.Constant>({ _type: 'Constant', value, kind: null }, s);
  }
  const left = signedNumber(p);
  if (p.isOp('+') || p.isOp('-')) {
    const opTok = p.next();
    const r = p.tok;
    if (r.type !== T.NUMBER) p.fail();
    p.i++;
    const right = p.fin<ast.Constant>({ _type: 'Constant', value: numberValue(r.value), kind: null }, r);
    if (!isImaginary(right)) p.raiseAt('imaginary number required in complex literal', right);
    if (isImaginary(left)) p.raiseAt('real number required in complex literal', left);
    const op: ast.operator = { _type: opTok.value === '+' ? 'Add' : 'Sub' };
    return p.fin<ast.BinOp>({ _type: 'BinOp', left, op, right }, s);
  }
  return left;
}

function isImaginary(e: ast.expr): boolean {
  const c = e._type === 'UnaryOp' ? e.operand : e;
  return c._type === 'Constant' && typeof c.value === 'object' && c.value !== null && !(c.value instanceof Uint8Array) && c.value.kind === 'complex';
}

// signed_number: NUMBER | '-' NUMBER
function signedNumber(p: Parser): ast.expr {
  const s = p.tok;
  const neg = p.eatOp('-');
  const n = p.tok;
  if (n.type !== T.NUMBER) p.fail();
  p.i++;
  const c = p.fin<ast.Constant>({ _type: 'Constant', value: numberValue(n.value), kind: null }, n);
  if (!neg) return c;
  return p.fin<ast.UnaryOp>({ _type: 'UnaryOp', op: { _type: 'USub' }, operand: c }, s);
}

// mapping_pattern: '{' [items] ['**' NAME] [','] '}'
function mappingPattern(p: Parser): P {
  const s = p.next();
  const keys: ast.expr[] = [];
  const pats: P[] = [];
  let rest: string | null = null;
  while (!p.isOp('}')) {
    if (p.eatOp('**')) {
      rest = p.expectName();
      p.eatOp(',');
      break;
    }
    const t = p.tok;
    let key: ast.expr;
    if (t.type === T.NAME && p.isName(t)) {
      key = nameOrAttribute(p);
      if (key._type !== 'Attribute') p.fail();
    } else key = literalExpr(p);
    p.expectOp(':');
    keys.push(key);
    pats.push(pattern(p));
    if (!p.eatOp(',')) break;
  }
  p.expectOp('}');
  return p.fin<ast.MatchMapping>({ _type: 'MatchMapping', keys, patterns: pats, rest }, s);
}

// class_pattern: name_or_attr '(' [pattern_arguments ','?] ')'
function classPattern(p: Parser, cls: ast.expr, s: Token): P {
  p.i++;
  const pats: P[] = [];
  const kwd_attrs: string[] = [];
  const kwd_patterns: P[] = [];
  while (!p.isOp(')')) {
    const t = p.tok;
    if (p.isName(t) && p.peek().type === T.OP && p.peek().value === '=') {
      p.i += 2;
      kwd_attrs.push(t.value);
      kwd_patterns.push(pattern(p));
    } else {
      const pat = pattern(p);
      if (kwd_attrs.length > 0) p.raiseAt('positional patterns follow keyword patterns', pat);
      pats.push(pat);
    }
    if (!p.eatOp(',')) break;
  }
  p.expectOp(')');
  return p.fin<ast.MatchClass>({ _type: 'MatchClass', cls, patterns: pats, kwd_attrs, kwd_patterns }, s);
}
