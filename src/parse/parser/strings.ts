// String atoms: implicit concatenation of str/bytes/f-string literals and PEP 701 f-strings
// (replacement fields, conversions, nested format specs, `=` debug text), building the same
// Constant/JoinedStr/FormattedValue nodes and positions as CPython 3.12's action helpers.
import * as ast from '../ast.js';
import { T, type Token } from '../tokens.js';
import type { Parser } from './core.js';
import { concatStr, decodeBytes, decodeStrEscapes, DecodeError, splitString } from './literals.js';
import { starExpressions, yieldExpr } from './expression.js';

type E = ast.expr;

function constant(value: ast.ConstantValue, kind: string | null, a: ast.Located, b: ast.Located): ast.Constant {
  return {
    _type: 'Constant', value, kind,
    lineno: a.lineno, col_offset: a.col_offset, end_lineno: b.end_lineno, end_col_offset: b.end_col_offset,
  };
}

function tokLoc(t: Token): ast.Located {
  return { lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol };
}

function decode(p: Parser, t: Token, f: () => ast.ConstantValue): ast.ConstantValue {
  try {
    return f();
  } catch (e) {
    if (e instanceof DecodeError) p.raise(e.msg, t);
    throw e;
  }
}

// strings: (fstring | STRING)+
export function strings(p: Parser): E {
  const s = p.tok;
  const parts: E[] = [];
  for (;;) {
    const t = p.tok;
    if (t.type === T.STRING) {
      p.i++;
      const sp = splitString(t.value);
      const value = decode(p, t, () =>
        sp.bytes ? decodeBytes(sp.body, sp.raw) : sp.raw ? sp.body : decodeStrEscapes(sp.body));
      parts.push(constant(value, t.value.charCodeAt(0) === 117 /* u */ ? 'u' : null, tokLoc(t), tokLoc(t)));
    } else if (t.type === T.FSTRING_START) {
      parts.push(fstring(p));
    } else break;
  }
  if (parts.length === 1 && parts[0]._type === 'Constant') return parts[0];
  return concatenate(p, parts, s);
}

/** CPython's _PyPegen_concatenate_strings. */
function concatenate(p: Parser, parts: E[], s: Token): E {
  let fstringFound = false;
  let unicodeFound = false;
  let bytesFound = false;
  for (const e of parts) {
    if (e._type === 'Constant') {
      if (e.value instanceof Uint8Array) bytesFound = true;
      else unicodeFound = true;
    } else fstringFound = true;
  }
  if ((unicodeFound || fstringFound) && bytesFound) {
    p.raise('cannot mix bytes and nonbytes literals', p.tok);
  }
  if (bytesFound) {
    let len = 0;
    for (const e of parts) len += ((e as ast.Constant).value as Uint8Array).length;
    const out = new Uint8Array(len);
    let at = 0;
    for (const e of parts) {
      const b = (e as ast.Constant).value as Uint8Array;
      out.set(b, at);
      at += b.length;
    }
    return p.fin<ast.Constant>({ _type: 'Constant', value: out, kind: (parts[0] as ast.Constant).kind }, s);
  }
  const flat: E[] = [];
  for (const e of parts) {
    if (e._type === 'JoinedStr') flat.push(...e.values);
    else flat.push(e);
  }
  const values: E[] = [];
  for (let i = 0; i < flat.length; i++) {
    let e = flat[i];
    if (e._type === 'Constant') {
      if (i + 1 < flat.length && flat[i + 1]._type === 'Constant') {
        const first = e;
        let last: ast.Constant = e;
        const texts: ast.StrValue[] = [];
        let j = i;
        for (; j < flat.length; j++) {
          const c = flat[j];
          if (c._type !== 'Constant') break;
          texts.push(c.value as ast.StrValue);
          last = c;
        }
        i = j - 1;
        e = constant(concatStr(texts), first.kind, first, last);
      }
      if (fstringFound && e.value === '') continue;
    }
    values.push(e);
  }
  if (!fstringFound) return values[0];
  return p.fin<ast.JoinedStr>({ _type: 'JoinedStr', values }, s);
}

// fstring: FSTRING_START fstring_middle* FSTRING_END
function fstring(p: Parser): ast.JoinedStr {
  const start = p.next();
  const raw = /[rR]/.test(start.value);
  p.enter();
  const raws: E[] = [];
  for (;;) {
    const t = p.tok;
    if (t.type === T.FSTRING_END) break;
    if (t.type === T.FSTRING_MIDDLE) {
      p.i++;
      raws.push(constant(t.value, null, tokLoc(t), tokLoc(t)));
    } else if (t.type === T.OP && t.value === '{') {
      raws.push(replacementField(p, raw));
    } else p.fail();
  }
  const end = p.next();
  p.leave();
  const values: E[] = [];
  for (const item of raws) {
    if (item._type === 'JoinedStr') {
      // a debug field `{x=}` gives its text and value: promote them to this level
      for (const v of item.values) values.push(v);
      continue;
    }
    if (item._type === 'Constant') {
      const text = item.value as string;
      const value: ast.ConstantValue = raw || text.indexOf('\\') === -1 ? text : decode(p, end, () => decodeStrEscapes(text));
      if (value === '') continue;
      item.value = value;
    }
    values.push(item);
  }
  return {
    _type: 'JoinedStr', values,
    lineno: start.lineno, col_offset: start.col, end_lineno: end.endLineno, end_col_offset: end.endCol,
  };
}

// fstring_replacement_field:
//     '{' (yield_expr | star_expressions) '='? [fstring_conversion] [fstring_full_format_spec] '}'
function replacementField(p: Parser, raw: boolean): E {
  const openIndex = p.i;
  const open = p.next();
  if (p.isOp('}') || p.isOp('!') || p.isOp(':') || p.isOp('=')) {
    p.raise(`f-string: valid expression required before '${p.tok.value}'`, p.tok);
  }
  if (p.isKw('lambda')) p.raise('f-string: lambda expressions are not allowed without parentheses', p.tok);
  const value = p.isKw('yield') ? yieldExpr(p) : starExpressions(p);
  let debug = false;
  if (p.isOp('=')) {
    p.i++;
    debug = true;
  }
  let conversion = -1;
  let convTok: Token | undefined;
  if (p.isOp('!')) {
    convTok = p.next();
    const name = p.tok;
    if (name.type !== T.NAME) {
      p.raise("f-string: missing conversion character", name);
    }
    if (name.start !== convTok.end) p.raise('f-string: conversion type must come right after the exclamanation mark', name);
    p.i++;
    if (!['s', 'r', 'a'].includes(name.value)) {
      p.raise(`f-string: invalid conversion character '${name.value}': expected 's', 'r', or 'a'`, name);
    }
    conversion = name.value.charCodeAt(0);
  }
  let formatSpec: ast.JoinedStr | null = null;
  let colon: Token | undefined;
  if (p.isOp(':')) {
    colon = p.next();
    const spec: E[] = [];
    for (;;) {
      const t = p.tok;
      if (t.type === T.FSTRING_MIDDLE) {
        p.i++;
        const text = raw || t.value.indexOf('\\') === -1 ? t.value : decode(p, t, () => decodeStrEscapes(t.value));
        spec.push(constant(text, null, tokLoc(t), tokLoc(t)));
      } else if (t.type === T.OP && t.value === '{') {
        spec.push(replacementField(p, raw));
      } else break;
    }
    const values = spec.length === 1 && spec[0]._type === 'Constant' && spec[0].value === '' ? [] : spec;
    formatSpec = p.fin<ast.JoinedStr>({ _type: 'JoinedStr', values }, colon);
  }
  if (!p.isOp('}')) {
    if (p.tok.type === T.ERROR) p.raiseLexError();
    p.raise("f-string: expecting '}'", p.tok);
  }
  const close = p.next();
  if (!debug && conversion === -1 && !colon) {
    return p.fin<ast.FormattedValue>({ _type: 'FormattedValue', value, conversion, format_spec: formatSpec }, open);
  }
  if (debug && conversion === -1 && !formatSpec) conversion = 114; // 'r'
  const fv = p.fin<ast.FormattedValue>({ _type: 'FormattedValue', value, conversion, format_spec: formatSpec }, open);
  if (!debug) return fv;
  const stop = convTok ?? colon ?? close;
  // the expression's source text, without comments (as CPython's tokenizer records it)
  let text = '';
  let at = open.end;
  for (let j = p.toks.indexOf(open, openIndex) + 1; j < p.toks.length && p.toks[j] !== stop; j++) {
    const t = p.toks[j];
    text += p.text.slice(at, t.start).replace(/#[^\n]*/g, '') + p.text.slice(t.start, t.end);
    at = t.end;
  }
  text += p.text.slice(at, stop.start).replace(/#[^\n]*/g, '');
  const dbg: ast.Constant = {
    _type: 'Constant', value: text, kind: null,
    lineno: open.lineno, col_offset: open.col + 1, end_lineno: stop.lineno, end_col_offset: stop.col,
  };
  return {
    _type: 'JoinedStr', values: [dbg, fv],
    lineno: fv.lineno, col_offset: fv.col_offset, end_lineno: stop.lineno, end_col_offset: stop.col + 1,
  };
}
