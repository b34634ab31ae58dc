// Lowering of exceptions (untyped user code): try/except/else/finally, raise (bare, `from`),
// assert, the built-in exception classes as values and calls. Runtime side: stdlib/_rt/exc.py.
//
// Exceptions stay on the return-code design: an operation that may raise is followed by
// `check.exc ok, target(line)`, where target is FunctionLowering.excTarget(): the landing block
// of the innermost try of the function, or the unwind block. Each region of code a try protects
// pushes a Region; control leaving regions by return/break/continue runs their cleanups
// (finally bodies, restoring the handled exception), innermost first, like CPython's compiler,
// which also copies a finally body onto each way out.
//
// A landing block L(line) calls rt_exc_catch: the pending exception gets this frame (file,
// function, line) in its traceback, stops being pending and becomes the handled exception (the
// __context__ of anything raised while it is handled); the previous handled exception is saved
// first and restored on every way out of the handler. An exception no clause matches, and the
// one a finally runs for, is made pending again with rt_exc_reraise(e, 1) (its traceback minus
// this frame, which the next target records again with the original line).
import type * as ast from '../parse/ast.js';
import type { Block, Value } from '../ir/function.js';
import { excClassIndex } from '../runtime/exceptions.js';
import type { FunctionLowering } from './function.js';
import { callMethodOf, classNamed, lowerConstruct, resolve } from './classes.js';
import { assignTo, factsOf, lowerSeqLiteral, nullWord, rtCall, rtCallPure } from './containers.js';
import type { HandlerVars } from './gen.js';

/** A region of code protected by a try: where its exceptions go and what leaving it runs. */
export interface Region {
  handler: Block;
  /** Lowered when return/break/continue leave the region (outside it). */
  cleanup?: () => void;
  /** The region of a handler body whose state lives in a generator's slots (gen.ts swaps the
   * handled exception at the yields inside it). */
  held?: HandlerVars;
}

/** A handler being lowered: the exception handled before it, its exception and the line its
 * frame was caught at (bare raise). Getters: in a generator with a yield in the handler they
 * read the variables of hidden frame slots, which live across the yields. */
interface Caught {
  prev: () => Value;
  exc: () => Value;
  line: () => Value;
  held?: HandlerVars;
}

const caughtStacks = new WeakMap<FunctionLowering, Caught[]>();
function caught(fl: FunctionLowering): Caught[] {
  let s = caughtStacks.get(fl);
  if (!s) caughtStacks.set(fl, (s = []));
  return s;
}

// ---- built-in exception classes in user code -------------------------------------------------

/** The index of a built-in exception class this name means here (not rebound by the program). */
export function excClassName(fl: FunctionLowering, id: string): number | undefined {
  if (fl.typed || fl.isLocal(id) || factsOf(fl).bound.has(id)) return undefined;
  return excClassIndex(id);
}

/** `ValueError` as a value: the class object. */
export function excClassValue(fl: FunctionLowering, index: number): Value {
  return rtCallPure(fl, 'rt_exc_class', [fl.b.emit('const.i32', [], BigInt(index))]);
}

/** `ValueError(args)`: a new exception object (BaseException takes no keyword arguments). */
export function lowerExcCall(fl: FunctionLowering, e: ast.Call, index: number, name: string): Value {
  const cls = excClassValue(fl, index);
  const args = lowerSeqLiteral(fl, { ...e, _type: 'Tuple', elts: e.args, ctx: { _type: 'Load' } } as ast.Tuple);
  if (e.keywords.length) {
    for (const k of e.keywords) fl.expr(k.value);
    fl.raise(e, 'TypeError', `${name}() takes no keyword arguments`);
    const dead = fl.b.newBlock();
    fl.b.seal(dead);
    fl.b.switchTo(dead);
    return nullWord(fl);
  }
  return rtCall(fl, e.lineno, 'rt_exc_call', [cls, args]);
}

// ---- raise and assert ------------------------------------------------------------------------

/** Ends the current block by propagating the pending exception from `line`. */
function propagate(fl: FunctionLowering, line: Value): void {
  fl.b.jump(fl.excTarget(), [line]);
}

function lineValue(fl: FunctionLowering, line: number): Value {
  return fl.b.emit('const.i64', [], BigInt(line));
}

export function lowerRaise(fl: FunctionLowering, s: ast.Raise): void {
  if (fl.typed) return fl.unsupported(s, 'raise in runtime code (call rt_raise)');
  if (!s.exc) {
    const c = caught(fl);
    const inner = c[c.length - 1];
    if (inner) {
      // Re-raise the exception this handler caught, from the line it was caught at.
      rtCallPure(fl, 'rt_exc_reraise', [inner.exc(), fl.b.emit('const.i32', [], 1n)], null);
      return propagate(fl, inner.line());
    }
    rtCallPure(fl, 'rt_reraise_handled', [], null);
    return propagate(fl, lineValue(fl, s.lineno));
  }
  const x = raisedValue(fl, s.exc);
  if (s.cause) rtCallPure(fl, 'rt_raise_from', [x, raisedValue(fl, s.cause)], null);
  else rtCallPure(fl, 'rt_raise_value', [x], null);
  propagate(fl, lineValue(fl, s.lineno));
}

/** `raise E` of an exception class of the program: E() constructed here (its __init__ known). */
function raisedValue(fl: FunctionLowering, x: ast.expr): Value {
  const k = x._type === 'Name' ? classNamed(fl, x.id) : undefined;
  if (k?.exc) return lowerConstruct(fl, { _type: 'Call', func: x, args: [], keywords: [], lineno: x.lineno, col_offset: x.col_offset, end_lineno: x.end_lineno, end_col_offset: x.end_col_offset } as ast.Call, k);
  return fl.expr(x);
}

export function lowerAssert(fl: FunctionLowering, s: ast.Assert): void {
  if (fl.typed) return fl.unsupported(s, 'assert in runtime code');
  const ok = fl.b.newBlock();
  const fail = fl.b.newBlock();
  fl.branchTo(s.test, ok, fail);
  fl.b.seal(ok);
  fl.b.seal(fail);
  fl.b.switchTo(fail);
  const cls = excClassValue(fl, excClassIndex('AssertionError')!);
  if (s.msg) {
    const m = fl.expr(s.msg);
    const e = rtCall(fl, s.lineno, 'rt_exc_call', [cls, rtCallPure(fl, 'rt_tuple_new1', [m])]);
    rtCallPure(fl, 'rt_raise_value', [e], null);
  } else rtCallPure(fl, 'rt_raise_value', [cls], null);
  propagate(fl, lineValue(fl, s.lineno));
  fl.b.switchTo(ok);
}

// ---- try ---------------------------------------------------------------------------------------

export function lowerTry(fl: FunctionLowering, s: ast.Try): void {
  if (fl.typed) return fl.unsupported(s, 'try in runtime code');
  if (!s.finalbody.length) return lowerTryExcept(fl, s);
  const b = fl.b;
  const landing = b.newBlock();
  const line = fl.func.addBlockParam(landing, 'i64');
  const join = b.newBlock();
  fl.regions.push({ handler: landing, cleanup: () => fl.stmts(s.finalbody) });
  if (s.handlers.length) lowerTryExcept(fl, s);
  else fl.stmts(s.body);
  fl.regions.pop();
  if (!b.terminated) fl.stmts(s.finalbody);
  if (!b.terminated) b.jump(join);
  // The way out by an exception: the finally body runs with the exception handled, then it
  // propagates (unless the body left by return/break/continue, which drops it).
  b.seal(landing);
  b.switchTo(landing);
  if (!fl.hasPreds(landing)) b.unreachable();
  else {
    const h = enterHandler(fl, line, s, 'finally');
    const exit = handlerExit(fl, h.prev);
    fl.regions.push({ handler: exit, cleanup: () => leaveHandler(fl, h.prev()), held: h.held });
    caught(fl).push(h);
    fl.stmts(s.finalbody);
    caught(fl).pop();
    fl.regions.pop();
    b.seal(exit);
    if (!b.terminated) {
      leaveHandler(fl, h.prev());
      rtCallPure(fl, 'rt_exc_reraise', [h.exc(), b.emit('const.i32', [], 1n)], null);
      propagate(fl, h.line());
    }
  }
  b.seal(join);
  b.switchTo(join);
  if (!fl.hasPreds(join)) b.unreachable();
}

function lowerTryExcept(fl: FunctionLowering, s: ast.Try): void {
  const b = fl.b;
  const landing = b.newBlock();
  const line = fl.func.addBlockParam(landing, 'i64');
  const join = b.newBlock();
  fl.regions.push({ handler: landing });
  fl.stmts(s.body);
  fl.regions.pop();
  if (!b.terminated) fl.stmts(s.orelse);
  if (!b.terminated) b.jump(join);
  b.seal(landing);
  b.switchTo(landing);
  if (!fl.hasPreds(landing)) b.unreachable();
  else {
    const held = enterHandler(fl, line, s, 'except');
    const { prev, exc } = held;
    const exit = handlerExit(fl, prev);
    for (const h of s.handlers) {
      b.setLine(h.lineno);
      let next: Block | undefined;
      if (h.type) {
        fl.regions.push({ handler: exit, cleanup: () => leaveHandler(fl, prev()) });
        const t = fl.expr(h.type);
        const m = rtCall(fl, h.lineno, 'rt_exc_match', [exc(), t], 'i32');
        fl.regions.pop();
        const body = b.newBlock();
        next = b.newBlock();
        b.br(m, body, next);
        b.seal(body);
        b.seal(next);
        b.switchTo(body);
      }
      const name = h.name;
      if (name) fl.assign(nameNode(h, name), exc());
      const hExit = name ? handlerExit(fl, prev, h, name) : exit;
      fl.regions.push({ handler: hExit, cleanup: () => leaveHandler(fl, prev(), h, name), held: held.held });
      caught(fl).push(held);
      fl.stmts(h.body);
      caught(fl).pop();
      fl.regions.pop();
      if (hExit !== exit) b.seal(hExit);
      if (!b.terminated) {
        leaveHandler(fl, prev(), h, name);
        b.jump(join);
      }
      if (!next) break; // a bare except is the last clause
      b.switchTo(next);
    }
    b.seal(exit);
    if (!b.terminated) {
      // No clause matched: the exception goes on.
      leaveHandler(fl, prev());
      rtCallPure(fl, 'rt_exc_reraise', [exc(), b.emit('const.i32', [], 1n)], null);
      propagate(fl, held.line());
    }
  }
  b.seal(join);
  b.switchTo(join);
  if (!fl.hasPreds(join)) b.unreachable();
}

// ---- with --------------------------------------------------------------------------------------

/** `with a as x, b: body` is `with a as x: with b: body`. Each manager's __exit__ runs on every
 * way out: normally and by return/break/continue with None, by an exception with the exception
 * (handled meanwhile, like an except clause), which a true result suppresses. */
/** The landing block of a region whose cleanup must also run when an exception leaves it (a
 * for loop closing the generator it owns, gendrop.ts): the cleanup runs with the exception
 * handled, then the exception propagates. */
export function lowerCleanupLanding(fl: FunctionLowering, landing: Block, line: Value, cleanup: () => void): void {
  const b = fl.b;
  b.seal(landing);
  b.switchTo(landing);
  if (!fl.hasPreds(landing)) {
    b.unreachable();
    return;
  }
  const h = enterHandler(fl, line);
  const prev = h.prev();
  const exc = h.exc();
  cleanup();
  leaveHandler(fl, prev);
  rtCallPure(fl, 'rt_exc_reraise', [exc, b.emit('const.i32', [], 1n)], null);
  propagate(fl, line);
}

export function lowerWith(fl: FunctionLowering, s: ast.With, item = 0): void {
  if (fl.typed) return fl.unsupported(s, 'with in runtime code');
  if (item === s.items.length) return fl.stmts(s.body);
  const b = fl.b;
  const it = s.items[item];
  const mgr0 = fl.expr(it.context_expr);
  // In a generator with a yield in the body, the manager lives in a frame slot (gen.ts).
  const slot = fl.gen?.managerVar(it);
  if (slot !== undefined) b.defVar(slot, mgr0);
  const manager = () => (slot !== undefined ? b.useVar(slot) : mgr0);
  const value = withEnter(fl, s, mgr0);
  const exitNone = () => {
    b.setLine(s.lineno);
    withExit(fl, s, manager(), b.emit('const.none'));
  };
  const landing = b.newBlock();
  const line = fl.func.addBlockParam(landing, 'i64');
  const join = b.newBlock();
  fl.regions.push({ handler: landing, cleanup: exitNone });
  if (it.optional_vars) assignTo(fl, it.optional_vars, value);
  lowerWith(fl, s, item + 1);
  fl.regions.pop();
  if (!b.terminated) {
    exitNone();
    b.jump(join);
  }
  b.seal(landing);
  b.switchTo(landing);
  if (!fl.hasPreds(landing)) b.unreachable();
  else {
    const h = enterHandler(fl, line);
    const prev = h.prev();
    const exc = h.exc();
    const exit = handlerExit(fl, h.prev);
    fl.regions.push({ handler: exit });
    b.setLine(s.lineno);
    const suppress = fl.truth(s, withExit(fl, s, manager(), exc));
    fl.regions.pop();
    b.seal(exit);
    const yes = b.newBlock();
    const no = b.newBlock();
    b.br(suppress, yes, no);
    b.seal(yes);
    b.seal(no);
    b.switchTo(yes);
    leaveHandler(fl, prev);
    b.jump(join);
    b.switchTo(no);
    leaveHandler(fl, prev);
    rtCallPure(fl, 'rt_exc_reraise', [exc, b.emit('const.i32', [], 1n)], null);
    propagate(fl, line);
  }
  b.seal(join);
  b.switchTo(join);
  if (!fl.hasPreds(join)) b.unreachable();
}

/** mgr.__enter__(): the method of a class of the program (dispatched on mgr's class, which must
 * also have __exit__), else the runtime's (files). */
function withEnter(fl: FunctionLowering, s: ast.With, mgr: Value): Value {
  return callMethodOf(fl, s, mgr, '__enter__', () => [], (k) => (resolve(k, '__exit__') ? undefined : () => {
    fl.raise(s, 'TypeError', `'${k.name}' object does not support the context manager protocol (missed __exit__ method)`);
    const dead = fl.b.newBlock();
    fl.b.seal(dead);
    fl.b.switchTo(dead);
    return nullWord(fl);
  }), () => rtCall(fl, s.lineno, 'rt_with_enter', [mgr]));
}

/** mgr.__exit__(type(e), e, e.__traceback__) or (None, None, None) when e is None; the result
 * (whose truth suppresses e). Runtime managers: rt_with_exit. */
function withExit(fl: FunctionLowering, s: ast.With, mgr: Value, e: Value): Value {
  return callMethodOf(fl, s, mgr, '__exit__', () => [rtCallPure(fl, 'rt_exc_type_or_none', [e]), e, rtCallPure(fl, 'rt_exc_tb_or_none', [e])],
    () => undefined, () => rtCall(fl, s.lineno, 'rt_with_exit', [mgr, e]));
}

function nameNode(at: ast.Located, id: string): ast.Name {
  return { _type: 'Name', id, ctx: { _type: 'Store' }, lineno: at.lineno, col_offset: at.col_offset, end_lineno: at.end_lineno, end_col_offset: at.end_col_offset } as ast.Name;
}

/** In a landing block: saves the handled exception and catches the pending one. In a
 * generator whose handler (`part` of s) yields, the state goes to hidden slot variables. */
function enterHandler(fl: FunctionLowering, line: Value, s?: ast.Try, part?: 'except' | 'finally'): Caught {
  const b = fl.b;
  const prev = rtCallPure(fl, 'rt_exc_handled', []);
  const [file, func] = fl.frameNames();
  const exc = rtCallPure(fl, 'rt_exc_catch', [file, func, line]);
  const held = s && part ? fl.gen?.handlerVars(s, part) : undefined;
  if (!held) return { prev: () => prev, exc: () => exc, line: () => line };
  b.defVar(held.prev, prev);
  b.defVar(held.exc, exc);
  b.defVar(held.line, b.emit('tag.int', [line]));
  return { prev: () => b.useVar(held.prev), exc: () => b.useVar(held.exc), line: () => b.emit('untag.int', [b.useVar(held.line)]), held };
}

/** Leaving a handler: the previous handled exception is back; `except E as name` unbinds name. */
function leaveHandler(fl: FunctionLowering, prev: Value, at?: ast.Located, name?: string | null): void {
  rtCallPure(fl, 'rt_exc_restore', [prev], null);
  if (at && name) fl.unbind(nameNode(at, name));
}

/** The target of exceptions raised inside a handler: leave it, then go to the outer target. */
function handlerExit(fl: FunctionLowering, prev: () => Value, at?: ast.Located, name?: string | null): Block {
  const b = fl.b;
  const cur = b.block;
  const x = b.newBlock();
  const line = fl.func.addBlockParam(x, 'i64');
  b.switchTo(x);
  leaveHandler(fl, prev(), at, name);
  b.jump(fl.excTarget(), [line]);
  b.switchTo(cur);
  return x;
}
