// The match statement (PEP 634), lowered to tests and branches: each case's pattern is tried
// against the subject in order; a failed test goes to the next case. Structural tests are
// one runtime call each (stdlib/_rt/match.py: rt_match_seq, rt_match_map, rt_match_class),
// which gives NULL_WORD for "no match" or a tuple of the values the sub-patterns then match.
// As CPython compiles it, a pattern's capture names are bound only when the whole pattern
// has matched (before the guard runs), so a failed case leaves no partial bindings; the
// alternatives of an or-pattern pass their captures to a join block as block parameters.
import type * as ast from '../parse/ast.js';
import type { Block, Value } from '../ir/function.js';
import type { FunctionLowering } from './function.js';
import { nullWord, rtCall } from './containers.js';
import { tupleOf } from './callables.js';

type Captures = [string, Value][];

export function lowerMatch(fl: FunctionLowering, s: ast.Match): void {
  if (fl.typed) return void fl.unsupported(s, 'match in runtime code');
  const b = fl.b;
  const subject = fl.expr(s.subject);
  const end = b.newBlock();
  for (const c of s.cases) {
    const fail = b.newBlock();
    const caps = matchPattern(fl, c.pattern, subject, fail);
    for (const [name, v] of caps) fl.assign(nameNode(c.pattern, name), v);
    if (c.guard) {
      const body = b.newBlock();
      fl.branchTo(c.guard, body, fail);
      b.seal(body);
      b.switchTo(body);
    }
    fl.stmts(c.body);
    if (!b.terminated) b.jump(end);
    b.seal(fail);
    b.switchTo(fail);
  }
  b.jump(end);
  b.seal(end);
  b.switchTo(end);
}

/** Matches pattern p against v: on failure jumps to `fail`; leaves the builder where it
 * matched, returning the captures (name, value) in binding order. */
function matchPattern(fl: FunctionLowering, p: ast.pattern, v: Value, fail: Block): Captures {
  const b = fl.b;
  b.setLine(p.lineno);
  switch (p._type) {
    case 'MatchAs': {
      const caps = p.pattern ? matchPattern(fl, p.pattern, v, fail) : [];
      return p.name ? [...caps, [p.name, v]] : caps;
    }
    case 'MatchValue': {
      const want = fl.expr(p.value);
      test(fl, rtCall(fl, p.lineno, 'rt_equal', [v, want], 'i32'), fail);
      return [];
    }
    case 'MatchSingleton': {
      const want = fl.expr({ _type: 'Constant', value: p.value, kind: null, lineno: p.lineno, col_offset: p.col_offset, end_lineno: p.end_lineno, end_col_offset: p.end_col_offset } as ast.Constant);
      test(fl, b.emit('py.is', [v, want]), fail);
      return [];
    }
    case 'MatchSequence': {
      const star = p.patterns.findIndex((x) => x._type === 'MatchStar');
      const before = star < 0 ? p.patterns.length : star;
      const after = star < 0 ? 0 : p.patterns.length - star - 1;
      const i32 = (n: number) => b.emit('const.i32', [], BigInt(n));
      const items = rtCall(fl, p.lineno, 'rt_match_seq', [v, i32(before), i32(after), i32(star < 0 ? 0 : 1)]);
      return matchItems(fl, p.patterns, items, fail);
    }
    case 'MatchMapping': {
      const keys = tupleOf(fl, p.keys.map((k) => fl.expr(k)));
      const items = rtCall(fl, p.lineno, 'rt_match_map', [v, keys, b.emit('const.i32', [], p.rest ? 1n : 0n)]);
      const caps = matchItems(fl, p.patterns, items, fail);
      if (p.rest) caps.push([p.rest, itemAt(fl, items, p.patterns.length)]);
      return caps;
    }
    case 'MatchClass': {
      const cls = fl.expr(p.cls);
      const kw = tupleOf(fl, p.kwd_attrs.map((n) => b.emit('const.str', [], n)));
      const items = rtCall(fl, p.lineno, 'rt_match_class', [v, cls, b.emit('const.i32', [], BigInt(p.patterns.length)), kw]);
      return matchItems(fl, [...p.patterns, ...p.kwd_patterns], items, fail);
    }
    case 'MatchOr':
      return matchOr(fl, p, v, fail);
    case 'MatchStar': // only inside a sequence pattern (matchItems)
      return fl.unsupported(p, 'a star pattern outside a sequence pattern'), [];
  }
}

/** The sub-patterns of a structural pattern against the items of `items` (NULL_WORD: no
 * match); a star pattern captures its item (a list) when named. */
function matchItems(fl: FunctionLowering, pats: ast.pattern[], items: Value, fail: Block): Captures {
  test(fl, fl.b.emit('i32.eqz', [fl.b.emit('py.is', [items, nullWord(fl)])]), fail);
  const caps: Captures = [];
  pats.forEach((q, i) => {
    if (q._type === 'MatchStar') {
      if (q.name) caps.push([q.name, itemAt(fl, items, i)]);
      return;
    }
    if (q._type === 'MatchAs' && !q.pattern && !q.name) return; // `_`
    caps.push(...matchPattern(fl, q, itemAt(fl, items, i), fail));
  });
  return caps;
}

function itemAt(fl: FunctionLowering, t: Value, i: number): Value {
  return fl.b.emit('call', [t, fl.b.emit('const.i32', [], BigInt(i))], 'rt_tuple_item', 'obj');
}

/** `p1 | p2 | ...`: each alternative in turn; the first that matches passes its captures
 * (the same names in each, as the parser requires) to the join block. */
function matchOr(fl: FunctionLowering, p: ast.MatchOr, v: Value, fail: Block): Captures {
  const b = fl.b;
  const ok = b.newBlock();
  let names: string[] | undefined;
  const params: Value[] = [];
  p.patterns.forEach((alt, i) => {
    const next = i === p.patterns.length - 1 ? fail : b.newBlock();
    const caps = matchPattern(fl, alt, v, next);
    if (!names) {
      names = caps.map(([n]) => n);
      for (const _ of names) params.push(fl.func.addBlockParam(ok, 'obj'));
    }
    const byName = new Map(caps);
    if (caps.length !== names.length || names.some((n) => !byName.has(n))) {
      fl.unsupported(alt, 'alternative patterns that bind different names');
      return;
    }
    b.jump(ok, names.map((n) => byName.get(n)!));
    if (next !== fail) {
      b.seal(next);
      b.switchTo(next);
    }
  });
  b.seal(ok);
  b.switchTo(ok);
  return (names ?? []).map((n, i) => [n, params[i]]);
}

/** Goes on when cond (i32) holds, else to `fail`. */
function test(fl: FunctionLowering, cond: Value, fail: Block): void {
  const yes = fl.b.newBlock();
  fl.b.br(cond, yes, fail);
  fl.b.seal(yes);
  fl.b.switchTo(yes);
}

function nameNode(at: ast.Located, id: string): ast.Name {
  return { _type: 'Name', id, ctx: { _type: 'Store' }, lineno: at.lineno, col_offset: at.col_offset, end_lineno: at.end_lineno, end_col_offset: at.end_col_offset } as ast.Name;
}
