// Assignment, deletion and for-loop targets: turning a parsed expression into a target (ctx
// Store/Del) and CPython's "cannot assign to ..." errors (_PyPegen_get_invalid_target,
// _PyPegen_get_expr_name).
import * as ast from '../ast.js';
import type { Parser } from './core.js';

export type TargetsType = 'star' | 'del' | 'for';

/** CPython's _PyPegen_get_expr_name: how error messages name an expression. */
export function exprName(e: ast.expr): string {
  switch (e._type) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Constant': {
      const v = e.value;
      if (v === null) return 'None';
      if (v === true) return 'True';
      if (v === false) return 'False';
      if (typeof v === 'object' && !(v instanceof Uint8Array) && v.kind === 'ellipsis') return 'ellipsis';
      return 'literal';
    }
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    case 'Slice': return 'slice';
  }
}

/** CPython's _PyPegen_get_invalid_target: the first sub-expression that cannot be a target. */
export function invalidTarget(e: ast.expr, type: TargetsType): ast.expr | undefined {
  switch (e._type) {
    case 'List':
    case 'Tuple':
      for (const x of e.elts) {
        const bad = invalidTarget(x, type);
        if (bad) return bad;
      }
      return undefined;
    case 'Starred':
      if (type === 'del') return e;
      return invalidTarget(e.value, type);
    case 'Compare':
      if (type === 'for') {
        if (e.ops[0]._type === 'In') return invalidTarget(e.left, type);
        return undefined;
      }
      return e;
    case 'Name':
    case 'Subscript':
    case 'Attribute':
      return undefined;
    default:
      return e;
  }
}

/** Raises CPython's "cannot assign to X" / "cannot delete X" for an invalid target. */
export function raiseInvalidTarget(p: Parser, e: ast.expr, type: TargetsType): never {
  const bad = invalidTarget(e, type) ?? e;
  const verb = type === 'del' ? 'delete' : 'assign to';
  p.raiseAt(`cannot ${verb} ${exprName(bad)}`, bad);
}

/**
 * Sets `ctx` on a target expression tree (Name, Attribute, Subscript, Starred, Tuple, List),
 * raising CPython's error when part of it cannot be a target.
 */
export function setContext(p: Parser, e: ast.expr, ctx: ast.ExprContext, type: TargetsType, root: ast.expr = e): void {
  switch (e._type) {
    case 'Name':
    case 'Attribute':
    case 'Subscript':
      e.ctx = ctx;
      return;
    case 'Starred':
      if (type === 'del') raiseInvalidTarget(p, root, type);
      e.ctx = ctx;
      setContext(p, e.value, ctx, type, root);
      return;
    case 'Tuple':
    case 'List':
      e.ctx = ctx;
      for (const x of e.elts) setContext(p, x, ctx, type, root);
      return;
    default:
      raiseInvalidTarget(p, root, type);
  }
}
