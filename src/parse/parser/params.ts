// Parameter lists of `def` and `lambda` (the parameters / lambda_parameters rules), with
// CPython's invalid_parameters messages.
import * as ast from '../ast.js';
import { T } from '../tokens.js';
import type { Parser } from './core.js';
import { expression, starExpression, tokLoc } from './expression.js';

// parameters:
//     | slash_no_default param_no_default* param_with_default* [star_etc]
//     | slash_with_default param_with_default* [star_etc]
//     | param_no_default+ param_with_default* [star_etc]
//     | param_with_default+ [star_etc]
//     | star_etc
// star_etc: '*' param_no_default param_maybe_default* [kwds] | '*' ',' param_maybe_default+ [kwds] | kwds
// kwds: '**' param_no_default
function parameterList(p: Parser, lambda: boolean, close: string): ast.arguments {
  let posonlyargs: ast.arg[] = [];
  let args: ast.arg[] = [];
  const defaults: ast.expr[] = [];
  let vararg: ast.arg | null = null;
  const kwonlyargs: ast.arg[] = [];
  const kw_defaults: (ast.expr | null)[] = [];
  let kwarg: ast.arg | null = null;
  let sawSlash = false;
  let sawStar = false;
  let sawDefault = false;
  const param = (star: boolean): ast.arg => {
    const s = p.tok;
    if (!p.isName()) p.fail();
    p.i++;
    let annotation: ast.expr | null = null;
    if (!lambda && p.eatOp(':')) annotation = star ? starExpression(p) : expression(p);
    return p.fin<ast.arg>({ _type: 'arg', arg: s.value, annotation, type_comment: null }, s);
  };
  while (!p.isOp(close)) {
    const t = p.tok;
    if (kwarg) p.raise('arguments cannot follow var-keyword argument', t);
    if (p.isOp('/')) {
      if (sawSlash) p.raise('/ may appear only once', t);
      if (sawStar) p.raise('/ must be ahead of *', t);
      if (args.length === 0) p.raise('at least one argument must precede /', t);
      p.i++;
      sawSlash = true;
      posonlyargs = args;
      args = [];
    } else if (p.isOp('*')) {
      if (sawStar) p.raise('* argument may appear only once', t);
      p.i++;
      sawStar = true;
      if (p.isOp(',')) {
        const after = p.peek();
        if (after.type === T.OP && (after.value === close || after.value === '**')) {
          p.raise('named arguments must follow bare *', t);
        }
      } else if (p.isOp(close)) {
        p.raise('named arguments must follow bare *', t);
      } else {
        vararg = param(true);
        if (p.isOp('=')) p.raise('var-positional argument cannot have default value', p.tok);
      }
    } else if (p.isOp('**')) {
      p.i++;
      kwarg = param(false);
      if (p.isOp('=')) p.raise('var-keyword argument cannot have default value', p.tok);
    } else {
      const a = param(false);
      let value: ast.expr | null = null;
      if (p.eatOp('=')) {
        if (p.isOp(',') || p.isOp(close)) p.raiseAt('expected default value expression', tokLoc(p.prev, p.prev));
        value = expression(p);
      }
      if (sawStar) {
        kwonlyargs.push(a);
        kw_defaults.push(value);
      } else {
        args.push(a);
        if (value) {
          defaults.push(value);
          sawDefault = true;
        } else if (sawDefault) {
          p.raiseAt('parameter without a default follows parameter with a default', a);
        }
      }
    }
    if (!p.eatOp(',')) break;
  }
  if (!p.isOp(close)) {
    if (p.isOp('/') || p.isOp('*')) p.raise('expected comma between / and *', p.tok);
    p.fail();
  }
  return { _type: 'arguments', posonlyargs, args, vararg, kwonlyargs, kw_defaults, kwarg, defaults };
}

/** `def` parameters between the parentheses (the '(' consumed, the ')' not). */
export function parameters(p: Parser): ast.arguments {
  return parameterList(p, false, ')');
}

/** `lambda` parameters up to the ':' (not consumed). */
export function lambdaParameters(p: Parser): ast.arguments {
  return parameterList(p, true, ':');
}
