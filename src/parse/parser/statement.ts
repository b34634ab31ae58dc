// Statements: the statement rules of Grammar/python.gram (simple statements, assignments,
// imports, compound statements, blocks, decorators, classes, functions, PEP 695 type params).
import * as ast from '../ast.js';
import { T, type Token } from '../tokens.js';
import type { Parser } from './core.js';
import {
  bitwiseOr, expression, namedExpression, starExpressions, starNamedExpression, starTargets, tokLoc, yieldExpr,
  startsExpression, callArguments,
} from './expression.js';
import { parameters } from './params.js';
import { exprName, invalidTarget, setContext } from './target.js';
import { matchStatement } from './pattern.js';
import { ParseFailure } from '../errors.js';

type S = ast.stmt;
const O = (k: ast.OperatorKind): ast.operator => ({ _type: k });
const AUGOPS: Record<string, ast.operator> = {
  '+=': O('Add'), '-=': O('Sub'), '*=': O('Mult'), '@=': O('MatMult'), '/=': O('Div'), '%=': O('Mod'),
  '&=': O('BitAnd'), '|=': O('BitOr'), '^=': O('BitXor'), '<<=': O('LShift'), '>>=': O('RShift'),
  '**=': O('Pow'), '//=': O('FloorDiv'),
};

// file: [statements] ENDMARKER
export function file(p: Parser): ast.Module {
  const body: S[] = [];
  while (p.tok.type !== T.ENDMARKER) {
    const before = p.i;
    statement(p, body);
    if (p.i === before) p.fail(); // progress guard
  }
  return { _type: 'Module', body, type_ignores: [] };
}

// statement: compound_stmt | simple_stmts
function statement(p: Parser, out: S[]): void {
  const t = p.tok;
  if (t.type === T.NAME) {
    switch (t.value) {
      case 'def': out.push(functionDef(p, [], t)); return;
      case 'if': out.push(ifStmt(p)); return;
      case 'class': out.push(classDef(p, [], t)); return;
      case 'with': out.push(withStmt(p, t)); return;
      case 'for': out.push(forStmt(p, t)); return;
      case 'try': out.push(tryStmt(p)); return;
      case 'while': out.push(whileStmt(p)); return;
      case 'async': {
        const n = p.peek();
        if (n.type === T.NAME) {
          if (n.value === 'def') { out.push(functionDef(p, [], t)); return; }
          if (n.value === 'with') { out.push(withStmt(p, t)); return; }
          if (n.value === 'for') { out.push(forStmt(p, t)); return; }
        }
        p.i++;
        p.fail();
      }
      case 'match': {
        const m = matchStatement(p);
        if (m) {
          out.push(m);
          return;
        }
        break;
      }
    }
  } else if (t.type === T.OP && t.value === '@') {
    out.push(decorated(p));
    return;
  } else if (t.type === T.INDENT) {
    p.raise('unexpected indent', t, 'IndentationError');
  }
  simpleStmts(p, out);
}

// simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE
function simpleStmts(p: Parser, out: S[]): void {
  for (;;) {
    out.push(simpleStmt(p));
    if (p.eatOp(';')) {
      if (p.tok.type === T.NEWLINE) break;
      continue;
    }
    break;
  }
  if (p.tok.type !== T.NEWLINE) {
    legacyPrint(p, out[out.length - 1]);
    p.fail();
  }
  p.i++;
}

/** CPython's invalid_legacy_expression: `print x` / `exec x`. */
function legacyPrint(p: Parser, st: S): void {
  if (st._type !== 'Expr' || st.value._type !== 'Name') return;
  const id = st.value.id;
  if ((id !== 'print' && id !== 'exec') || !startsExpression(p) || p.isOp('(')) return;
  const save = p.i;
  let b: ast.expr;
  try {
    b = starExpressions(p);
  } catch {
    p.i = save;
    return;
  }
  p.raiseAt(`Missing parentheses in call to '${id}'. Did you mean ${id}(...)?`, st.value, b);
}

// simple_stmt: assignment | type_alias | star_expressions | return_stmt | import_stmt | raise_stmt
//     | 'pass' | del_stmt | yield_stmt | assert_stmt | 'break' | 'continue' | global_stmt | nonlocal_stmt
function simpleStmt(p: Parser): S {
  const t = p.tok;
  if (t.type === T.NAME) {
    switch (t.value) {
      case 'pass': p.i++; return p.fin<ast.Pass>({ _type: 'Pass' }, t);
      case 'break': p.i++; return p.fin<ast.Break>({ _type: 'Break' }, t);
      case 'continue': p.i++; return p.fin<ast.Continue>({ _type: 'Continue' }, t);
      case 'return': {
        p.i++;
        const value = startsExpression(p) && !p.isOp('**') ? starExpressions(p) : null;
        return p.fin<ast.Return>({ _type: 'Return', value }, t);
      }
      case 'raise': {
        p.i++;
        let exc: ast.expr | null = null;
        let cause: ast.expr | null = null;
        if (startsExpression(p) && !p.isOp('*') && !p.isOp('**')) {
          exc = expression(p);
          if (p.eatKw('from')) cause = expression(p);
        }
        return p.fin<ast.Raise>({ _type: 'Raise', exc, cause }, t);
      }
      case 'global':
      case 'nonlocal': {
        p.i++;
        const names = [p.expectName()];
        while (p.eatOp(',')) names.push(p.expectName());
        return t.value === 'global'
          ? p.fin<ast.Global>({ _type: 'Global', names }, t)
          : p.fin<ast.Nonlocal>({ _type: 'Nonlocal', names }, t);
      }
      case 'del': return delStmt(p);
      case 'assert': {
        p.i++;
        const test = expression(p);
        const msg = p.eatOp(',') ? expression(p) : null;
        return p.fin<ast.Assert>({ _type: 'Assert', test, msg }, t);
      }
      case 'import': return importStmt(p);
      case 'from': return importFrom(p);
      case 'type': {
        const n = p.peek();
        if (p.isName(n)) {
          const n2 = p.peek(2);
          if (n2.type === T.OP && (n2.value === '=' || n2.value === '[')) return typeAlias(p);
        }
        break;
      }
    }
  }
  return expressionStatement(p);
}

// assignment | star_expressions (and the invalid_assignment errors)
function expressionStatement(p: Parser): S {
  const s = p.tok;
  const first = p.isKw('yield') ? yieldExpr(p) : starExpressions(p);
  const t = p.tok;
  if (t.type !== T.OP) return p.fin<ast.Expr>({ _type: 'Expr', value: first }, s);
  if (t.value === ':=' && first._type !== 'Name') p.raiseAt(`cannot use assignment expressions with ${exprName(first)}`, first);
  if (t.value === '=') {
    const targets = [first];
    let value: ast.expr = first;
    while (p.eatOp('=')) {
      value = p.isKw('yield') ? yieldExpr(p) : starExpressions(p);
      targets.push(value);
    }
    targets.pop();
    for (const target of targets) checkAssignTarget(p, target, targets.length === 1, s);
    return p.fin<ast.Assign>({ _type: 'Assign', targets, value, type_comment: null }, s);
  }
  if (t.value === ':') {
    annotationTarget(p, first);
    p.i++;
    const annotation = expression(p);
    let value: ast.expr | null = null;
    if (p.eatOp('=')) value = p.isKw('yield') ? yieldExpr(p) : starExpressions(p);
    const simple = first._type === 'Name' && !(s.type === T.OP && s.value === '(') ? 1 : 0;
    return p.fin<ast.AnnAssign>({ _type: 'AnnAssign', target: first, annotation, value, simple }, s);
  }
  const aug = AUGOPS[t.value];
  if (aug) {
    if (first._type !== 'Name' && first._type !== 'Attribute' && first._type !== 'Subscript') {
      p.raiseAt(`'${exprName(first)}' is an illegal expression for augmented assignment`, first);
    }
    first.ctx = ast.STORE;
    p.i++;
    const value = p.isKw('yield') ? yieldExpr(p) : starExpressions(p);
    return p.fin<ast.AugAssign>({ _type: 'AugAssign', target: first, op: aug, value }, s);
  }
  return p.fin<ast.Expr>({ _type: 'Expr', value: first }, s);
}

function checkAssignTarget(p: Parser, target: ast.expr, single: boolean, s: Token): void {
  if (target._type === 'Yield' || target._type === 'YieldFrom') {
    p.raiseAt('assignment to yield expression not possible', target);
  }
  const bad = invalidTarget(target, 'star');
  if (bad) {
    const plain = target._type === 'Tuple' || target._type === 'List' || target._type === 'GeneratorExp' ||
      target._type === 'Starred' || target._type === 'Compare' || target._type === 'BoolOp' ||
      target._type === 'IfExp' || target._type === 'Lambda' ||
      (target._type === 'UnaryOp' && target.op._type === 'Not') ||
      (target._type === 'Constant' && (target.value === true || target.value === false || target.value === null)) ||
      false;
    if (single && !plain) p.raiseAt(`cannot assign to ${exprName(bad)} here. Maybe you meant '==' instead of '='?`, bad);
    p.raiseAt(`cannot assign to ${exprName(bad)}`, bad);
  }
  setContext(p, target, ast.STORE, 'star');
}

function annotationTarget(p: Parser, e: ast.expr): void {
  if (e._type === 'Name' || e._type === 'Attribute' || e._type === 'Subscript') {
    e.ctx = ast.STORE;
    return;
  }
  if (e._type === 'Tuple') p.raiseAt('only single target (not tuple) can be annotated', e.elts[0] ?? e);
  if (e._type === 'List') p.raiseAt('only single target (not list) can be annotated', e);
  p.raiseAt('illegal target for annotation', e);
}

// del_stmt: 'del' del_targets &(';' | NEWLINE)
function delStmt(p: Parser): S {
  const s = p.next();
  const targets: ast.expr[] = [];
  do {
    if (p.tok.type === T.NEWLINE || p.isOp(';')) break;
    const e = bitwiseOr(p);
    setContext(p, e, ast.DEL, 'del');
    targets.push(e);
  } while (p.eatOp(','));
  if (targets.length === 0) p.fail();
  if (p.tok.type !== T.NEWLINE && !p.isOp(';')) {
    if (startsExpression(p) || p.tok.type === T.OP) {
      // `del f()` style: report the invalid target if the next part makes it one
      p.fail();
    }
    p.fail();
  }
  return p.fin<ast.Delete>({ _type: 'Delete', targets }, s);
}

// dotted_name: dotted_name '.' NAME | NAME
function dottedName(p: Parser): string {
  let name = p.expectName();
  while (p.isOp('.')) {
    p.i++;
    name += '.' + p.expectName();
  }
  return name;
}

// import_name: 'import' dotted_as_names
function importStmt(p: Parser): S {
  const s = p.next();
  const names: ast.alias[] = [];
  do {
    const a = p.tok;
    const name = dottedName(p);
    const asname = p.eatKw('as') ? p.expectName() : null;
    names.push(p.fin<ast.alias>({ _type: 'alias', name, asname }, a));
  } while (p.eatOp(','));
  return p.fin<ast.Import>({ _type: 'Import', names }, s);
}

// import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
//            | 'from' ('.' | '...')+ 'import' import_from_targets
function importFrom(p: Parser): S {
  const s = p.next();
  let level = 0;
  for (;;) {
    if (p.eatOp('.')) level++;
    else if (p.eatOp('...')) level += 3;
    else break;
  }
  const module = level > 0 && p.isKw('import') ? null : dottedName(p);
  p.expectKw('import');
  const names: ast.alias[] = [];
  if (p.isOp('*')) {
    const a = p.next();
    names.push(p.fin<ast.alias>({ _type: 'alias', name: '*', asname: null }, a));
  } else {
    const paren = p.eatOp('(');
    do {
      if (paren && p.isOp(')')) break;
      if (!paren && names.length > 0 && p.tok.type === T.NEWLINE) {
        p.raise('trailing comma not allowed without surrounding parentheses', p.tok);
      }
      const a = p.tok;
      const name = p.expectName();
      const asname = p.eatKw('as') ? p.expectName() : null;
      names.push(p.fin<ast.alias>({ _type: 'alias', name, asname }, a));
    } while (p.eatOp(','));
    if (paren) p.expectOp(')');
    if (names.length === 0) p.fail();
  }
  return p.fin<ast.ImportFrom>({ _type: 'ImportFrom', module, names, level }, s);
}

// type_alias: "type" NAME [type_params] '=' expression
function typeAlias(p: Parser): S {
  const s = p.next();
  const n = p.next();
  const name = p.fin<ast.Name>({ _type: 'Name', id: n.value, ctx: ast.STORE }, n);
  const type_params = p.isOp('[') ? typeParams(p) : [];
  p.expectOp('=');
  const value = expression(p);
  return p.fin<ast.TypeAlias>({ _type: 'TypeAlias', name, type_params, value }, s);
}

// type_params: '[' type_param_seq ']'
// type_param: NAME [type_param_bound] | '*' NAME [':' expression] | '**' NAME [':' expression]
function typeParams(p: Parser): ast.type_param[] {
  p.expectOp('[');
  const out: ast.type_param[] = [];
  while (!p.isOp(']')) {
    const s = p.tok;
    if (p.eatOp('*')) {
      const name = p.expectName();
      if (p.isOp(':')) p.raise('cannot use bound with TypeVarTuple', p.tok);
      out.push(p.fin<ast.TypeVarTuple>({ _type: 'TypeVarTuple', name }, s));
    } else if (p.eatOp('**')) {
      const name = p.expectName();
      if (p.isOp(':')) p.raise('cannot use bound with ParamSpec', p.tok);
      out.push(p.fin<ast.ParamSpec>({ _type: 'ParamSpec', name }, s));
    } else {
      const name = p.expectName();
      const bound = p.eatOp(':') ? expression(p) : null;
      out.push(p.fin<ast.TypeVar>({ _type: 'TypeVar', name, bound }, s));
    }
    if (!p.eatOp(',')) break;
  }
  if (out.length === 0) p.fail();
  p.expectOp(']');
  return out;
}

// block: NEWLINE INDENT statements DEDENT | simple_stmts
export function block(p: Parser, what: string, line: number): S[] {
  const body: S[] = [];
  if (p.tok.type === T.NEWLINE) {
    p.i++;
    if ((p.tok.type as T) !== T.INDENT) {
      if ((p.tok.type as T) === T.ERROR) p.raiseLexError();
      p.raise(`expected an indented block after ${what} on line ${line}`, p.tok, 'IndentationError');
    }
    p.i++;
    p.enter();
    while ((p.tok.type as T) !== T.DEDENT) {
      if ((p.tok.type as T) === T.ENDMARKER) p.fail();
      const before = p.i;
      statement(p, body);
      if (p.i === before) p.fail();
    }
    p.leave();
    p.i++;
    return body;
  }
  simpleStmts(p, body);
  return body;
}

function colonBlock(p: Parser, what: string, s: Token): S[] {
  if (!p.isOp(':')) {
    if (p.tok.type === T.ERROR) p.raiseLexError();
    if (p.tok.type === T.NEWLINE || p.isOp('=')) {
      const before = p.prev;
      if (p.isOp('=')) p.fail();
      p.raise("expected ':'", before.type === T.OP && before.value === ':' ? p.tok : p.tok);
    }
    p.fail();
  }
  p.i++;
  return block(p, what, s.lineno);
}

/** After `if`/`while`/`elif`: the condition, with the `=` instead of `==` hint. */
function condition(p: Parser): ast.expr {
  const e = namedExpression(p);
  if (p.isOp('=')) invalidEquals(p, e);
  return e;
}

/** CPython's invalid_named_expression errors for `x = y` where an expression is required. */
export function invalidEquals(p: Parser, lhs: ast.expr): never {
  p.i++;
  let rhs: ast.expr = lhs;
  try {
    rhs = bitwiseOr(p);
  } catch (e) {
    if (!(e instanceof ParseFailure)) throw e;
  }
  if (lhs._type === 'Name') p.raiseAt("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", lhs, rhs);
  const bad = invalidTarget(lhs, 'star') ?? lhs;
  p.raiseAt(`cannot assign to ${exprName(bad)} here. Maybe you meant '==' instead of '='?`, bad);
}

// if_stmt: 'if' named_expression ':' block elif_stmt | 'if' named_expression ':' block [else_block]
function ifStmt(p: Parser): S {
  const s = p.next();
  const test = condition(p);
  const body = colonBlock(p, `'${s.value}' statement`, s);
  let orelse: S[] = [];
  if (p.isKw('elif')) orelse = [ifStmt(p)];
  else if (p.isKw('else')) orelse = elseBlock(p);
  return p.fin<ast.If>({ _type: 'If', test, body, orelse }, s);
}

// else_block: 'else' &&':' block
function elseBlock(p: Parser): S[] {
  const e = p.next();
  return colonBlock(p, "'else' statement", e);
}

// while_stmt: 'while' named_expression ':' block [else_block]
function whileStmt(p: Parser): S {
  const s = p.next();
  const test = condition(p);
  const body = colonBlock(p, "'while' statement", s);
  const orelse = p.isKw('else') ? elseBlock(p) : [];
  return p.fin<ast.While>({ _type: 'While', test, body, orelse }, s);
}

// for_stmt: [ASYNC] 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
function forStmt(p: Parser, s: Token): S {
  const isAsync = p.isKw('async');
  if (isAsync) p.i++;
  const f = p.next();
  const target = starTargets(p);
  if (!p.isKw('in')) p.fail();
  p.i++;
  const iter = starExpressions(p);
  const body = colonBlock(p, "'for' statement", f);
  const orelse = p.isKw('else') ? elseBlock(p) : [];
  const node = { target, iter, body, orelse, type_comment: null };
  return isAsync
    ? p.fin<ast.AsyncFor>({ _type: 'AsyncFor', ...node }, s)
    : p.fin<ast.For>({ _type: 'For', ...node }, s);
}

// with_stmt: [ASYNC] 'with' '(' ','.with_item+ ','? ')' ':' block | [ASYNC] 'with' ','.with_item+ ':' block
function withStmt(p: Parser, s: Token): S {
  const isAsync = p.isKw('async');
  if (isAsync) p.i++;
  const w = p.next();
  let items: ast.withitem[] | undefined;
  if (p.isOp('(')) {
    const save = p.i;
    try {
      p.i++;
      const list: ast.withitem[] = [];
      while (!p.isOp(')')) {
        list.push(withItem(p, true));
        if (!p.eatOp(',')) break;
      }
      p.expectOp(')');
      if (!p.isOp(':') || list.length === 0) throw new ParseFailure({ type: 'SyntaxError', msg: '', line: 0, col: 0 });
      items = list;
    } catch (e) {
      if (!(e instanceof ParseFailure)) throw e;
      p.i = save;
      items = undefined;
    }
  }
  if (!items) {
    items = [];
    do items.push(withItem(p, false));
    while (p.eatOp(','));
  }
  const body = colonBlock(p, "'with' statement", w);
  return isAsync
    ? p.fin<ast.AsyncWith>({ _type: 'AsyncWith', items, body, type_comment: null }, s)
    : p.fin<ast.With>({ _type: 'With', items, body, type_comment: null }, s);
}

// with_item: expression 'as' star_target &(',' | ')' | ':') | expression
function withItem(p: Parser, parenthesized: boolean): ast.withitem {
  const context_expr = expression(p);
  let optional_vars: ast.expr | null = null;
  if (p.eatKw('as')) {
    optional_vars = withTarget(p);
    if (!p.isOp(',') && !p.isOp(':') && !(parenthesized && p.isOp(')'))) p.fail();
  }
  return { _type: 'withitem', context_expr, optional_vars };
}

// star_target, as a with-item's target
function withTarget(p: Parser): ast.expr {
  const s = p.tok;
  let e: ast.expr;
  if (p.isOp('*')) {
    p.i++;
    const value = bitwiseOr(p);
    e = p.fin<ast.Starred>({ _type: 'Starred', value, ctx: ast.STORE }, s);
  } else e = bitwiseOr(p);
  setContext(p, e, ast.STORE, 'star');
  return e;
}

// try_stmt: 'try' &&':' block finally_block | 'try' &&':' block except_block+ [else_block] [finally_block]
//         | 'try' &&':' block except_star_block+ [else_block] [finally_block]
function tryStmt(p: Parser): S {
  const s = p.next();
  const body = colonBlock(p, "'try' statement", s);
  const handlers: ast.ExceptHandler[] = [];
  let star: boolean | undefined;
  while (p.isKw('except')) {
    const e = p.next();
    const isStar = p.eatOp('*');
    if (star !== undefined && star !== isStar) {
      p.raise("cannot have both 'except' and 'except*' on the same 'try'", e);
    }
    star = isStar;
    let type: ast.expr | null = null;
    let name: string | null = null;
    if (!p.isOp(':')) {
      type = expression(p);
      if (p.isOp(',')) {
        const first = type;
        p.i++;
        let last: ast.expr = first;
        try {
          last = expression(p);
          while (p.eatOp(',')) last = expression(p);
        } catch (err) {
          if (!(err instanceof ParseFailure)) throw err;
        }
        if (p.isOp(':') || p.isKw('as')) p.raiseAt('multiple exception types must be parenthesized', first, last);
        p.fail();
      }
      if (p.eatKw('as')) name = p.expectName();
    } else if (isStar) {
      p.raise('expected one or more exception types', p.tok);
    }
    const hbody = colonBlock(p, isStar ? "'except*' statement" : "'except' statement", e);
    handlers.push(p.fin<ast.ExceptHandler>({ _type: 'ExceptHandler', type, name, body: hbody }, e));
  }
  const orelse = handlers.length > 0 && p.isKw('else') ? elseBlock(p) : [];
  let finalbody: S[] = [];
  if (p.isKw('finally')) {
    const f = p.next();
    finalbody = colonBlock(p, "'finally' statement", f);
  }
  if (handlers.length === 0 && finalbody.length === 0) {
    p.raise("expected 'except' or 'finally' block", p.tok);
  }
  return star
    ? p.fin<ast.TryStar>({ _type: 'TryStar', body, handlers, orelse, finalbody }, s)
    : p.fin<ast.Try>({ _type: 'Try', body, handlers, orelse, finalbody }, s);
}

// decorators: ('@' named_expression NEWLINE)+ followed by a class or function definition
function decorated(p: Parser): S {
  const decorators: ast.expr[] = [];
  while (p.eatOp('@')) {
    decorators.push(namedExpression(p));
    if (p.tok.type !== T.NEWLINE) p.fail();
    p.i++;
  }
  const t = p.tok;
  if (p.isKw('def') || (p.isKw('async') && p.peek().type === T.NAME && p.peek().value === 'def')) {
    return functionDef(p, decorators, t);
  }
  if (p.isKw('class')) return classDef(p, decorators, t);
  p.fail();
}

// function_def_raw: [ASYNC] 'def' NAME [type_params] &&'(' [params] ')' ['->' expression] &&':' block
function functionDef(p: Parser, decorator_list: ast.expr[], s: Token): S {
  const isAsync = p.isKw('async');
  if (isAsync) p.i++;
  const d = p.next();
  const name = p.expectName();
  const type_params = p.isOp('[') ? typeParams(p) : [];
  if (!p.isOp('(')) {
    if (p.tok.type === T.ERROR) p.raiseLexError();
    p.raise("expected '('", p.tok);
  }
  p.i++;
  const args = parameters(p);
  p.expectOp(')');
  const returns = p.eatOp('->') ? expression(p) : null;
  const body = colonBlock(p, 'function definition', d);
  const node = { name, args, body, decorator_list, returns, type_comment: null, type_params };
  return isAsync
    ? p.fin<ast.AsyncFunctionDef>({ _type: 'AsyncFunctionDef', ...node }, s)
    : p.fin<ast.FunctionDef>({ _type: 'FunctionDef', ...node }, s);
}

// class_def_raw: 'class' NAME [type_params] ['(' [arguments] ')'] &&':' block
function classDef(p: Parser, decorator_list: ast.expr[], s: Token): S {
  const c = p.next();
  const name = p.expectName();
  const type_params = p.isOp('[') ? typeParams(p) : [];
  let bases: ast.expr[] = [];
  let keywords: ast.keyword[] = [];
  if (p.isOp('(')) {
    const call = callArguments(p);
    bases = call.args;
    keywords = call.keywords;
  }
  const body = colonBlock(p, 'class definition', c);
  return p.fin<ast.ClassDef>({ _type: 'ClassDef', name, bases, keywords, body, decorator_list, type_params }, s);
}
