// Generators (design.md section 4): generator functions, `yield`, `yield from`, and generator
// expressions. Runtime side: stdlib/_rt/gen.py (its header states the resume protocol).
//
// A generator function `def g(a, b)` becomes two IR functions:
//   - the creator `__main__.g(a, b)`: makes the generator object (rt_gen_new) with one frame slot
//     per local (and per hidden iterator, below), stores the arguments in their slots, returns it;
//   - the resume function `__main__.g$resume(gen, sent) -> obj`: a state machine. Locals stay SSA
//     values while it runs; at a yield every slot variable is stored to the frame, the resume
//     point's number k is stored in GEN_STATE and the value is returned; the block after the
//     yield (R(k)) reloads every slot, raises what throw()/close() delivered, and continues.
//     `return v` stores v in GEN_VALUE and returns NULL_WORD.
// Entry dispatch keeps the CFG reducible: the entry branches on GEN_STATE to the start of the
// body or to a chain of tests that jumps to R(k) for a yield outside loops, or to the loop entry
// RE(L) of the outermost loop L around the yield. RE(L) jumps to L's header, where a test of the
// `$resume` variable (the state at entry, 0 once resumed) dispatches again, one loop level down,
// so every loop keeps a single entry (its header).
//
// A value computed before a yield cannot stay in an SSA temporary across it (the resume
// function is re-entered); yields are accepted where nothing computed earlier in the statement
// is still needed afterwards (a whole statement, the value of an assignment or return, the
// first operand or argument of an expression in such a place); elsewhere they are "not
// supported yet". A `for` loop's iterator and a `yield from`'s delegate live in hidden slots.
//
// Generator expressions passed directly to list, tuple, sorted, sum, min, max, any or all are
// inlined as loops in the enclosing function (no generator object at all; their variables get
// hidden names, so they stay out of the enclosing scope). Elsewhere a generator expression is a
// generator function made from its comprehension; variables of the enclosing function it reads
// are passed by value (sound only when the variable is never rebound; else "not supported yet").
import { forEachField } from '../parse/fields.js';
import type * as ast from '../parse/ast.js';
import { markOwned, ownsIterator } from './gendrop.js';
import { FunctionBuilder } from '../ir/builder.js';
import { Func, type Block, type IrModule, type Value } from '../ir/function.js';
import { GEN_STATE, GEN_VALUE, GEN_CODE, frameSlotName } from '../runtime/layout.js';
import { eagerGenexpCall, functionScope, type Scope } from '../sema/scopes.js';
import type { FuncInfo, ModuleInfo } from './context.js';
import type { FunctionLowering } from './function.js';
import { assignItems, assignTo, nextItems, nullWord, rtCall, rtCallPure, startIteration, type Iteration } from './containers.js';

type Lookup = ConstructorParameters<typeof FunctionLowering>[3];
type FLCtor = new (module: ModuleInfo, func: Func, info: FuncInfo | undefined, lookup: Lookup) => FunctionLowering;

/** Per program: the resume functions (their code ids are 1-based indices) and genexp names. */
export class GenProgram {
  readonly resumes: string[] = [];
  private genexps = 0;
  constructor(readonly m: IrModule, readonly lookup: Lookup, private readonly FL: FLCtor) {}

  /** Lowers a generator function: its creator (fi.irName, already in the module) and resume. */
  lowerGenerator(fi: FuncInfo): void {
    const name = `${fi.irName}$resume`;
    const code = this.resumes.push(name);
    const resume = this.m.addFunc(new Func(name, ['obj', 'obj'], ['obj']));
    resume.calledFromRuntime = true;
    const fl = new this.FL(fi.module, resume, fi, this.lookup);
    const gl = new GenLowering(fl, fi);
    fl.gen = gl;
    gl.lowerResume();
    buildCreator(this.m.func(fi.irName)!, fi, code, gl);
  }

  /** A new FuncInfo (and creator Func) for a generator expression turned into a function.
   * `cellParams`: parameters that receive cells of the enclosing function (its variables the
   * expression reads, shared rather than copied): free variables of the expression. */
  genexpFunction(module: ModuleInfo, node: ast.FunctionDef, cellParams: string[] = []): FuncInfo {
    const n = ++this.genexps;
    const params = node.args.args.map((a) => a.arg);
    const locals = functionScope(node).locals;
    for (const c of cellParams) locals.delete(c);
    const scope: Scope = {
      kind: 'function', node, parent: undefined, params, locals, globals: new Set(), nonlocals: new Set(), uses: new Set(),
      free: cellParams, cells: new Set(), children: [],
    };
    const fi: FuncInfo = {
      irName: `${module.name}.<genexpr>${n}`,
      pyName: '<genexpr>',
      node,
      params,
      paramTypes: node.args.args.map(() => 'obj'),
      result: 'obj',
      defaults: [],
      module,
      scope,
    };
    this.m.addFunc(new Func(fi.irName, fi.paramTypes, ['obj']));
    this.lowerGenerator(fi);
    return fi;
  }

  /** Replaces the body of the runtime's rt_gen_call stub by a dispatch on GEN_CODE (true when
   * the program has generators). */
  buildDispatcher(): boolean {
    if (!this.resumes.length) return false;
    const i = this.m.funcs.findIndex((f) => f.name === 'rt_gen_call');
    if (i < 0) throw new Error('gen: the runtime has no rt_gen_call');
    const f = new Func('rt_gen_call', ['obj', 'obj'], ['obj']);
    const b = new FunctionBuilder(f);
    const entry = b.newBlock();
    b.switchTo(entry);
    const g = f.addBlockParam(entry, 'obj');
    const sent = f.addBlockParam(entry, 'obj');
    const code = b.emit('load.i32', [b.emit('word.ptr', [g])], BigInt(GEN_CODE));
    this.resumes.forEach((name, k) => {
      const call = b.newBlock();
      const next = b.newBlock();
      b.br(b.emit('i32.eq', [code, b.emit('const.i32', [], BigInt(k + 1))]), call, next);
      b.switchTo(call);
      b.ret([b.emit('call', [g, sent], name, 'obj')]);
      b.switchTo(next);
    });
    b.ret([b.emit('ptr.word', [b.emit('const.i32', [], 0n)])]);
    b.sealAll();
    this.m.funcs[i] = f;
    return true;
  }
}

/** Whether a function body is a generator's: a yield outside nested scopes. */
export function isGeneratorBody(body: ast.stmt[]): boolean {
  let found = false;
  const walk = (n: unknown): void => {
    if (found || !n || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach(walk);
    const t = (n as { _type?: string })._type;
    if (t === 'Yield' || t === 'YieldFrom') {
      found = true;
      return;
    }
    if (t === 'FunctionDef' || t === 'AsyncFunctionDef' || t === 'ClassDef' || t === 'Lambda') return;
    if (t === 'GeneratorExp' || t === 'ListComp' || t === 'SetComp' || t === 'DictComp') {
      // Only the first iterable belongs to the enclosing scope.
      walk((n as ast.GeneratorExp).generators[0].iter);
      return;
    }
    forEachField(n, walk);
  };
  walk(body);
  return found;
}

/** The creator: makes the generator object and fills the frame slots the body starts with:
 * the arguments, a new cell for each cell variable (holding its argument for a parameter), and
 * the closure's cells for the free variables (from env, the function object, for the code of a
 * function object; a generator expression gets them as arguments). */
function buildCreator(f: Func, fi: FuncInfo, code: number, gl: GenLowering): void {
  const b = new FunctionBuilder(f);
  const entry = b.newBlock();
  b.switchTo(entry);
  const env = fi.env ? f.addBlockParam(entry, 'obj') : undefined;
  const params = fi.params.map(() => f.addBlockParam(entry, 'obj'));
  const name = b.emit('const.str', [], fi.pyName);
  const g = b.emit('call', [b.emit('const.i32', [], BigInt(code)), b.emit('const.i32', [], BigInt(gl.slots.length)), name], 'rt_gen_new', 'obj');
  const store = (n: string, v: Value) => b.emit('frame.store', [g, v], gl.slotName(gl.slotOf(n)));
  fi.params.forEach((n, i) => store(n, gl.cells.has(n) ? b.emit('call', [params[i]], 'rt_cell_new', 'obj') : params[i]));
  for (const c of gl.cells) if (!fi.params.includes(c)) store(c, b.emit('call', [b.emit('ptr.word', [b.emit('const.i32', [], 0n)])], 'rt_cell_new', 'obj'));
  gl.free.forEach((n, k) => {
    if (fi.params.includes(n)) return;
    if (env === undefined) throw new Error(`gen: free variable ${n} of ${fi.irName} without a closure`);
    store(n, b.emit('call', [env, b.emit('const.i32', [], BigInt(k))], 'rt_func_cell', 'obj'));
  });
  b.ret([g]);
  b.sealAll();
}

type Loop = ast.While | ast.For;

/** The lowering state of one resume function (FunctionLowering.gen while it is lowered). */
export class GenLowering {
  /** Frame slots: the function's locals, then hidden variables. */
  readonly slots: string[];
  private readonly slotIndex = new Map<string, number>();
  /** The loops (of the source) around each yield / yield from, outermost first. */
  private readonly loopsAt = new Map<ast.expr, Loop[]>();
  private readonly loopsWithYield = new Set<Loop>();
  /** Resume points as lowered (state k is points[k - 1]): a yield in a finally body is lowered
   * once per way out of the try, each copy a resume point of its own. */
  private readonly points: { block: Block; loops: LoopInstance[] }[] = [];
  /** The lowered loops with a yield around the code being lowered, outermost first. */
  private readonly active: LoopInstance[] = [];
  private readonly instances: LoopInstance[] = [];
  /** The function entry's dispatch block and the state read there. */
  private entryDispatch!: { block: Block; state: Value };
  /** Hidden slot variables: a loop's iterator, a yield from's delegate, a with's manager. */
  private readonly hidden = new Map<ast.For | ast.YieldFrom | ast.withitem, string>();
  /** Hidden slot variables of except handlers and finally bodies with a yield in them: the
   * exception handled before the handler, the caught one and its line (exceptions.ts). */
  private readonly handlerSlots = new Map<ast.Try, Partial<Record<'except' | 'finally', HandlerVars>>>();
  /** Whether a finally body yields: `return v` keeps v in a slot while the finally bodies run. */
  private finallyYields = false;
  private gen!: Value;
  private sent!: Value;

  /** Cell variables (locals nested functions take) and free variables (cells of the closure):
   * their slots hold the cells. */
  readonly cells: Set<string>;
  readonly free: string[];

  constructor(private readonly fl: FunctionLowering, private readonly fi: FuncInfo) {
    this.scanStmts((fi.node as ast.FunctionDef).body, []);
    for (const s of [...this.hidden.keys()]) if (s._type === 'For' && !this.loopsWithYield.has(s)) this.hidden.delete(s);
    const scope = fi.scope ?? fi.module.scopes?.get(fi.node);
    const locals = [...(scope?.locals ?? functionScope(fi.node as ast.FunctionDef).locals)];
    this.cells = new Set(scope?.cells ?? []);
    this.free = [...(scope?.free ?? [])];
    const handlerVars = [...this.handlerSlots.values()].flatMap((p) => Object.values(p).flatMap((v) => [v.prev, v.exc, v.line]));
    this.slots = [...locals, ...this.free.filter((n) => !locals.includes(n)), ...this.hidden.values(), ...handlerVars];
    if (this.finallyYields) this.slots.push('$return');
    this.slots.forEach((n, i) => this.slotIndex.set(n, i));
  }

  slotOf(name: string): number {
    return this.slotIndex.get(name)!;
  }

  /** The frame.load / frame.store immediate of slot i. */
  slotName(i: number): string {
    return frameSlotName(this.fl.func.name, i);
  }

  /** The hidden variable holding a `for` loop's iterator, when the loop has a yield in it. */
  iterVar(s: ast.For): string | undefined {
    return this.hidden.get(s);
  }

  /** The hidden variable holding a `with` item's context manager (its __exit__ runs after
   * yields in the body), when the body has a yield. */
  managerVar(it: ast.withitem): string | undefined {
    return this.hidden.get(it);
  }

  /** The hidden variables holding the handler state of an except clause or finally body of s
   * with a yield in it (exceptions.ts keeps that state in them across the yields). */
  handlerVars(s: ast.Try, part: 'except' | 'finally'): HandlerVars | undefined {
    return this.handlerSlots.get(s)?.[part];
  }

  /** Whether the loop has a resume point inside (then a range() loop goes through an iterator). */
  hasYield(s: Loop): boolean {
    return this.loopsWithYield.has(s);
  }

  // ---- the scan: resume points, their loops, where yields may stand -----------------------------

  private scanStmts(stmts: ast.stmt[], loops: Loop[]): void {
    for (const s of stmts) this.scanStmt(s, loops);
  }

  private scanStmt(s: ast.stmt, loops: Loop[]): void {
    switch (s._type) {
      case 'While': {
        const inner = [...loops, s];
        this.scanExpr(s.test, inner, true);
        this.scanStmts(s.body, inner);
        this.scanStmts(s.orelse, loops);
        return;
      }
      case 'For': {
        const inner = [...loops, s];
        this.scanExpr(s.iter, loops, true);
        this.scanExpr(s.target, inner, false);
        this.hidden.set(s, `$it${this.hidden.size}`);
        this.scanStmts(s.body, inner);
        this.scanStmts(s.orelse, loops);
        return;
      }
      case 'If':
        this.scanExpr(s.test, loops, true);
        this.scanStmts(s.body, loops);
        this.scanStmts(s.orelse, loops);
        return;
      case 'Match':
        // The subject is needed by every case's test: no yield may stand in a guard.
        this.scanExpr(s.subject, loops, true);
        for (const c of s.cases) {
          if (c.guard) this.scanExpr(c.guard, loops, false);
          this.scanStmts(c.body, loops);
        }
        return;
      case 'Expr':
      case 'Return':
      case 'AnnAssign':
        if (s.value) this.scanExpr(s.value, loops, true);
        if (s._type === 'AnnAssign') this.scanExpr(s.target, loops, false);
        return;
      case 'Assign':
        this.scanExpr(s.value, loops, true);
        s.targets.forEach((t) => this.scanExpr(t, loops, false));
        return;
      case 'AugAssign':
        // `x += yield`: x is read after the yield (a local cannot change while suspended).
        this.scanExpr(s.value, loops, s.target._type === 'Name' && this.fl.isLocal(s.target.id));
        this.scanExpr(s.target, loops, false);
        return;
      case 'FunctionDef':
      case 'AsyncFunctionDef':
      case 'ClassDef':
        return;
      case 'With': {
        // Each manager is needed again when its body ends: with a yield in the body, it lives
        // in a hidden slot.
        const hasYield = isGeneratorBody(s.body);
        s.items.forEach((it, i) => {
          this.scanExpr(it.context_expr, loops, i === 0);
          if (it.optional_vars) this.scanExpr(it.optional_vars, loops, false);
          if (hasYield) this.hidden.set(it, `$with${this.hidden.size}`);
        });
        this.scanStmts(s.body, loops);
        return;
      }
      case 'Try': {
        // The try body and its else are lowered once, in line. A handler or finally body with a
        // yield keeps the handler state (the exception handled before, the caught one, its
        // line) in hidden slots; a finally body is lowered once per way out of the try, and
        // each copy of a yield there gets a resume point of its own (lowerYield).
        this.scanStmts(s.body, loops);
        this.scanStmts(s.orelse, loops);
        s.handlers.forEach((h) => h.type && this.scanExpr(h.type, loops, false));
        const n = this.handlerSlots.size;
        const vars = (p: string): HandlerVars => ({ prev: `$hprev${p}${n}`, exc: `$hexc${p}${n}`, line: `$hline${p}${n}` });
        const parts: Partial<Record<'except' | 'finally', HandlerVars>> = {};
        if (s.handlers.some((h) => isGeneratorBody(h.body))) parts.except = vars('x');
        if (isGeneratorBody(s.finalbody)) {
          parts.finally = vars('f');
          this.finallyYields = true;
        }
        if (parts.except || parts.finally) this.handlerSlots.set(s, parts);
        s.handlers.forEach((h) => this.scanStmts(h.body, loops));
        this.scanStmts(s.finalbody, loops);
        return;
      }
      default:
        this.scanAny(s, loops);
    }
  }

  private scanAny(n: unknown, loops: Loop[]): void {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) {
      for (const x of n) this.scanAny(x, loops);
      return;
    }
    const t = (n as { _type?: string })._type;
    if (t && isExpr(t)) return this.scanExpr(n as ast.expr, loops, false);
    forEachField(n, (v) => this.scanAny(v, loops));
  }

  /** Numbers the yields of e; `leading`: nothing evaluated before e in its statement is still
   * needed after it. */
  private scanExpr(e: ast.expr, loops: Loop[], leading: boolean): void {
    switch (e._type) {
      case 'Yield':
      case 'YieldFrom': {
        if (!leading) this.fl.unsupported(e, 'yield inside this expression (a value computed before it would have to live across the yield)');
        if (e.value) this.scanExpr(e.value, loops, true);
        this.loopsAt.set(e, loops);
        for (const l of loops) this.loopsWithYield.add(l);
        if (e._type === 'YieldFrom') this.hidden.set(e, `$yf${this.loopsAt.size}`);
        return;
      }
      case 'Lambda':
      case 'ListComp':
      case 'SetComp':
      case 'DictComp':
      case 'GeneratorExp':
        if (e._type !== 'Lambda') this.scanExpr(e.generators[0].iter, loops, false);
        return;
      case 'BinOp':
        this.scanExpr(e.left, loops, leading);
        this.scanExpr(e.right, loops, false);
        return;
      case 'Compare':
        this.scanExpr(e.left, loops, leading);
        e.comparators.forEach((c) => this.scanExpr(c, loops, false));
        return;
      case 'BoolOp':
        e.values.forEach((v, i) => this.scanExpr(v, loops, leading && i === 0));
        return;
      case 'UnaryOp':
        this.scanExpr(e.operand, loops, leading);
        return;
      case 'IfExp':
        this.scanExpr(e.test, loops, leading);
        this.scanExpr(e.body, loops, false);
        this.scanExpr(e.orelse, loops, false);
        return;
      case 'Call': {
        // A call of a plain name evaluates no callee value before its first argument.
        const direct = e.func._type === 'Name';
        if (!direct) this.scanExpr(e.func, loops, leading);
        e.args.forEach((a, i) => this.scanExpr(a, loops, leading && direct && i === 0));
        e.keywords.forEach((k) => this.scanExpr(k.value, loops, false));
        return;
      }
      case 'Attribute':
      case 'Starred':
        this.scanExpr(e.value, loops, leading);
        return;
      case 'Subscript':
        this.scanExpr(e.value, loops, leading);
        this.scanExpr(e.slice, loops, false);
        return;
      case 'Tuple':
      case 'List':
        e.elts.forEach((x, i) => this.scanExpr(x, loops, leading && i === 0));
        return;
      default:
        forEachField(e, (v) => this.scanAny(v, loops));
    }
  }

  // ---- the resume function -------------------------------------------------------------------

  private get b(): FunctionBuilder {
    return this.fl.b;
  }

  private ptr(): Value {
    return this.b.emit('word.ptr', [this.gen]);
  }

  private constI32(n: number | bigint): Value {
    return this.b.emit('const.i32', [], BigInt(n));
  }

  lowerResume(): void {
    const b = this.b;
    const f = this.fl.func;
    const entry = b.newBlock();
    b.switchTo(entry);
    this.gen = f.addBlockParam(entry, 'obj');
    this.sent = f.addBlockParam(entry, 'obj');
    for (const n of this.slots) b.declareVar(n, 'obj');
    b.declareVar('$resume', 'i32');
    const state = b.emit('load.i32', [this.ptr()], BigInt(GEN_STATE));
    b.defVar('$resume', state);
    b.seal(entry);
    const start = b.newBlock();
    const disp = b.newBlock();
    b.br(b.emit('i32.eqz', [state]), start, disp);
    b.seal(start);
    b.seal(disp);
    // On the way to a resume point the variables pass through loop headers before R(k) reloads
    // them: give them the frame's values (not the unbound sentinel), so that inference does not
    // see unbound values flow into the loops.
    b.switchTo(disp);
    this.slots.forEach((n, i) => b.defVar(n, b.emit('frame.load', [this.gen], this.slotName(i))));
    this.entryDispatch = { block: disp, state: b.useVar('$resume') };
    b.switchTo(start);
    const fromCreator = new Set([...this.fi.params, ...this.cells, ...this.free]);
    this.slots.forEach((n, i) => b.defVar(n, fromCreator.has(n) ? b.emit('frame.load', [this.gen], this.slotName(i)) : this.fl.unboundValue('obj')));
    this.fl.stmts((this.fi.node as ast.FunctionDef).body);
    if (!b.terminated) {
      b.setLine(0);
      this.returnValue(b.emit('const.none'));
    }
    // The dispatch chains, now that every resume point is known: the entry's, and one per
    // lowered loop with a yield (its header's, for the points inside it).
    this.dispatch(this.entryDispatch.block, this.entryDispatch.state, undefined);
    for (const l of this.instances) this.dispatch(l.resuming, l.state, l);
    b.sealAll();
  }

  /** Fills `block` with the dispatch chain of one level (undefined: the function entry; else
   * inside loop instance l): state k goes to R(k), or to the entry of the next loop around it. */
  private dispatch(block: Block, state: Value, level: LoopInstance | undefined): void {
    const b = this.b;
    b.switchTo(block);
    this.points.forEach((p, i) => {
      const at = level === undefined ? 0 : p.loops.indexOf(level) + 1;
      if (level !== undefined && at === 0) return;
      const target = at < p.loops.length ? p.loops[at].re : p.block;
      const next = b.newBlock();
      b.br(b.emit('i32.eq', [state, this.constI32(i + 1)]), target, next);
      b.seal(next);
      b.switchTo(next);
    });
    b.unreachable();
  }

  /** Called by the loop lowerings instead of switching to the header (the preheader already
   * jumped there): wires the loop's resume entry and its dispatch (filled in at the end);
   * leaves the builder in the block where the loop header's own code goes. */
  enterLoop(s: Loop, header: Block): void {
    const b = this.b;
    if (!this.loopsWithYield.has(s)) {
      b.switchTo(header);
      return;
    }
    const re = b.newBlock();
    b.switchTo(re);
    b.jump(header);
    b.switchTo(header);
    const resuming = b.newBlock();
    const normal = b.newBlock();
    const state = b.useVar('$resume');
    b.br(state, resuming, normal);
    b.seal(resuming);
    b.seal(normal);
    const l: LoopInstance = { node: s, re, resuming, state };
    this.instances.push(l);
    this.active.push(l);
    b.switchTo(normal);
  }

  /** Called by the loop lowerings when the loop's body is done (its else is outside it). */
  leaveLoop(s: Loop): void {
    if (this.active.length && this.active[this.active.length - 1].node === s) this.active.pop();
  }

  /** A new resume point at the current place in the lowering: its number k. */
  private newPoint(): number {
    return this.points.push({ block: this.b.newBlock(), loops: [...this.active] });
  }

  /** The handler states the code being lowered runs in (the regions of except and finally
   * bodies with yields), outermost first. */
  private heldHandlers(): HandlerVars[] {
    return this.fl.regions.flatMap((r) => (r.held ? [r.held] : []));
  }

  /** Stores every slot variable, the state k, and returns v. Inside a handler the caller's
   * handled exception is put back (CPython swaps the generator's exception state out). */
  private suspend(k: number, v: Value): void {
    const b = this.b;
    const held = this.heldHandlers();
    if (held.length) b.emit('call', [b.useVar(held[0].prev)], 'rt_exc_restore', null);
    this.slots.forEach((n, i) => b.emit('frame.store', [this.gen, b.useVar(n)], this.slotName(i)));
    b.emit('store.i32', [this.ptr(), this.constI32(k)], BigInt(GEN_STATE));
    b.ret([v]);
  }

  /** Enters R(k): reloads every slot variable; inside handlers the exception handled by the
   * caller now is the one the outermost handler restores, and the innermost's is handled. */
  private resumeAt(k: number): void {
    const b = this.b;
    const r = this.points[k - 1].block;
    b.switchTo(r);
    this.slots.forEach((n, i) => b.defVar(n, b.emit('frame.load', [this.gen], this.slotName(i))));
    b.defVar('$resume', this.constI32(0));
    const held = this.heldHandlers();
    if (held.length) {
      b.defVar(held[0].prev, b.emit('call', [], 'rt_exc_handled', 'obj'));
      b.emit('call', [b.useVar(held[held.length - 1].exc)], 'rt_exc_restore', null);
    }
  }

  lowerYield(e: ast.Yield): Value {
    const v = e.value ? this.fl.expr(e.value) : this.b.emit('const.none');
    const k = this.newPoint();
    this.suspend(k, v);
    this.resumeAt(k);
    this.b.setLine(e.lineno);
    rtCall(this.fl, e.lineno, 'rt_gen_take_thrown', [this.gen], null);
    return this.sent;
  }

  lowerYieldFrom(e: ast.YieldFrom): Value {
    const b = this.b;
    const name = this.hidden.get(e)!;
    const it = rtCall(this.fl, e.lineno, 'rt_iter', [this.fl.expr(e.value)]);
    b.defVar(name, it);
    const v0 = rtCall(this.fl, e.lineno, 'rt_yf_send', [this.gen, it, b.emit('const.none')]);
    const join = b.newBlock();
    const got = this.fl.func.addBlockParam(join, 'obj');
    b.jump(join, [v0]);
    b.switchTo(join);
    const done = b.newBlock();
    const out = b.newBlock();
    b.br(b.emit('py.is', [got, nullWord(this.fl)]), done, out);
    b.seal(done);
    b.seal(out);
    b.switchTo(out);
    const k = this.newPoint();
    this.suspend(k, got);
    this.resumeAt(k);
    b.setLine(e.lineno);
    const v = rtCall(this.fl, e.lineno, 'rt_yf_send', [this.gen, b.useVar(name), this.sent]);
    b.jump(join, [v]);
    b.seal(join);
    b.switchTo(done);
    return b.emit('load.obj', [this.ptr()], BigInt(GEN_VALUE));
  }

  /** `return v` in a generator: the StopIteration value, set once the finally bodies of the
   * try statements it leaves have run (v waits in a slot when they can yield). */
  returnValue(v: Value): void {
    const b = this.b;
    if (this.finallyYields) b.defVar('$return', v);
    else b.emit('store.obj', [this.ptr(), v], BigInt(GEN_VALUE));
    if (!this.fl.leaveRegions(0)) return;
    if (this.finallyYields) b.emit('store.obj', [this.ptr(), b.useVar('$return')], BigInt(GEN_VALUE));
    b.ret([nullWord(this.fl)]);
  }
}

/** A lowered loop with a yield in it: its resume entry RE(L) (which jumps to the header) and
 * the header's dispatch block with the state read there. */
interface LoopInstance {
  node: Loop;
  re: Block;
  resuming: Block;
  state: Value;
}

/** Hidden variables of a handler with a yield in it (GenLowering.handlerVars). */
export interface HandlerVars {
  prev: string;
  exc: string;
  line: string;
}

const EXPR_TYPES = new Set(['BoolOp', 'NamedExpr', 'BinOp', 'UnaryOp', 'Lambda', 'IfExp', 'Dict', 'Set', 'ListComp', 'SetComp', 'DictComp',
  'GeneratorExp', 'Await', 'Yield', 'YieldFrom', 'Compare', 'Call', 'FormattedValue', 'JoinedStr', 'Constant', 'Attribute', 'Subscript',
  'Starred', 'Name', 'List', 'Tuple', 'Slice']);
function isExpr(t: string): boolean {
  return EXPR_TYPES.has(t);
}

// ---- generator expressions ---------------------------------------------------------------------

/** Generator expressions run to the end (or dropped) by the call they are an argument of before
 * any other code of the enclosing function runs: `"".join(g)`, `set(g)`, `next(g)`. They may
 * read a variable the function rebinds later: the value at creation is the value they see. */
const eagerGenexps = new WeakSet<ast.expr>();

/** Marks e's generator expression argument when e is `"sep".join(g)` or an eager consumer's
 * call (sema/scopes.ts; `id`: the builtin's name, or undefined for a method call). */
export function markEagerGenexp(e: ast.Call, id: string | undefined): void {
  if ((id === undefined || e.func._type === 'Name') && eagerGenexpCall(e)) eagerGenexps.add(e.args[0]);
}

/** Consumers a generator expression passed directly to is inlined into. */
const INLINE_CONSUMERS = new Set(['list', 'tuple', 'sorted', 'sum', 'min', 'max', 'any', 'all']);

export function canInlineGenexp(id: string, e: ast.Call): boolean {
  // min/max with a key call it as each item comes (a key with effects shows the order): they
  // take the generator object.
  if ((id === 'min' || id === 'max') && e.keywords.some((k) => k.arg === 'key')) return false;
  return INLINE_CONSUMERS.has(id) && e.args.length === 1 && e.args[0]._type === 'GeneratorExp';
}

/** Names a comprehension's targets bind. */
function targetNames(t: ast.expr, out: Set<string>): void {
  if (t._type === 'Name') out.add(t.id);
  else if (t._type === 'Tuple' || t._type === 'List') t.elts.forEach((x) => targetNames(x, out));
  else if (t._type === 'Starred') targetNames(t.value, out);
}

let hiddenCount = 0;

/**
 * Runs the loops of a generator expression in the enclosing function: `first` is the iterator
 * over its first iterable (already evaluated, as CPython does when the expression is made);
 * `each` gets every element. The expression's variables get hidden names.
 */
function inlineLoops(fl: FunctionLowering, g: ast.GeneratorExp, first: Iteration, each: (v: Value, header: Block) => void): void {
  const b = fl.b;
  const names = new Set<string>();
  g.generators.forEach((c) => targetNames(c.target, names));
  const renames = new Map<string, string>();
  for (const n of names) {
    const h = `$ge${++hiddenCount}.${n}`;
    renames.set(n, h);
    b.declareVar(h, 'obj');
    b.defVar(h, fl.unboundValue('obj'));
  }
  fl.renames.push(renames);
  const exit = b.newBlock();
  const level = (i: number, itn: Iteration, outer: Block): void => {
    const c = g.generators[i];
    if (c.is_async) fl.unsupported(g, 'async comprehensions');
    const header = b.newBlock();
    b.jump(header);
    b.switchTo(header);
    assignItems(fl, itn, c.target, nextItems(fl, itn, g.lineno, outer));
    for (const cond of c.ifs) {
      const next = b.newBlock();
      b.br(fl.truth(cond, fl.expr(cond)), next, header);
      b.seal(next);
      b.switchTo(next);
    }
    if (i + 1 < g.generators.length) {
      const inner = g.generators[i + 1];
      level(i + 1, startIteration(fl, inner.iter, inner.target, true), header);
    } else {
      each(fl.expr(g.elt), header);
      if (!b.terminated) b.jump(header);
    }
    b.seal(header);
  };
  level(0, first, exit);
  fl.renames.pop();
  b.seal(exit);
  b.switchTo(exit);
}

/** list/tuple/sorted/sum/min/max/any/all of a generator expression, as an inline loop. */
export function lowerGenexpCall(fl: FunctionLowering, e: ast.Call, id: string, kw: Map<string, ast.expr>): Value {
  const b = fl.b;
  const g = e.args[0] as ast.GeneratorExp;
  const line = e.lineno;
  const first = startIteration(fl, g.generators[0].iter, g.generators[0].target, true);
  const kws = new Map([...kw].map(([k, v]) => [k, fl.expr(v)] as const));
  if (id === 'any' || id === 'all') {
    // The result lives in a hidden variable: the default, or the other answer on early exit.
    const res = `$ge${++hiddenCount}.result`;
    b.declareVar(res, 'obj');
    b.defVar(res, b.emit('const.bool', [], id === 'all' ? 1n : 0n));
    const exit = b.newBlock();
    inlineLoops(fl, g, first, (v) => {
      const t = fl.truth(g.elt, v);
      const stop = b.newBlock();
      const go = b.newBlock();
      if (id === 'any') b.br(t, stop, go);
      else b.br(t, go, stop);
      b.seal(stop);
      b.seal(go);
      b.switchTo(stop);
      b.defVar(res, b.emit('const.bool', [], id === 'all' ? 0n : 1n));
      b.jump(exit);
      b.switchTo(go);
    });
    b.jump(exit);
    b.seal(exit);
    b.switchTo(exit);
    return b.useVar(res);
  }
  // The others consume everything before they compute: collect the items in a list, then call
  // the runtime function on it (sum keeps CPython's compensated float summation that way).
  const l = rtCallPure(fl, 'rt_list_new', [b.emit('const.i32', [], 0n)]);
  inlineLoops(fl, g, first, (v) => {
    rtCallPure(fl, 'rt_list_append', [l, v], null);
  });
  b.setLine(line);
  switch (id) {
    case 'list':
      return l;
    case 'tuple':
      return rtCall(fl, line, 'rt_tuple_call', [l]);
    case 'sorted':
      if (kws.has('key')) return rtCall(fl, line, 'rt_sorted_key', [l, kws.get('key')!, kws.get('reverse') ?? nullWord(fl)]);
      return rtCall(fl, line, 'rt_sorted', [l, kws.get('reverse') ?? nullWord(fl)]);
    case 'sum':
      return rtCall(fl, line, 'rt_sum', [l, kws.get('start') ?? b.emit('const.int', [], 0n)]);
    default:
      return rtCall(fl, line, 'rt_minmax', [l, b.emit('const.i32', [], id === 'max' ? 1n : 0n), kws.get('default') ?? nullWord(fl)]);
  }
}

/** A generator expression as a value: a generator object of a function made from it. */
export function lowerGeneratorExp(fl: FunctionLowering, g: ast.GeneratorExp): Value {
  const gp = fl.module.gen;
  if (!gp || fl.typed) return fl.unsupported(g, 'generator expressions in runtime code');
  if (g.generators.some((c) => c.is_async)) return fl.unsupported(g, 'async comprehensions');
  // Names the expression reads that the enclosing function binds: passed by value.
  const bound = new Set<string>();
  g.generators.forEach((c) => targetNames(c.target, bound));
  const free: string[] = [];
  const seen = new Set<string>();
  const walk = (n: unknown, skipFirstIter: boolean): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach((x) => walk(x, false));
    const node = n as { _type?: string } & Record<string, unknown>;
    if (node._type === 'Name') {
      const id = (node as unknown as ast.Name).id;
      if (!bound.has(id) && !seen.has(id) && (fl.isEnclosingLocal(id) || fl.isCellVar(id))) {
        seen.add(id);
        free.push(id);
      }
      return;
    }
    for (const [k, v] of Object.entries(node)) {
      if (k === '_type') continue;
      if (skipFirstIter && k === 'generators') {
        const gens = v as ast.comprehension[];
        gens.forEach((c, i) => {
          walk(c.target, false);
          if (i > 0) walk(c.iter, false);
          walk(c.ifs, false);
        });
        continue;
      }
      walk(v, false);
    }
  };
  walk(g, true);
  // Variables held in cells (shared with nested functions) are passed as their cells: the
  // expression sees later rebindings, as CPython's closure would. Others are copied.
  const cellParams = free.filter((n) => fl.isCellVar(n));
  for (const n of free) {
    if (cellParams.includes(n)) continue;
    const why = eagerGenexps.has(g) ? undefined : fl.rebindReason(n);
    if (why) return fl.unsupported(g, `a generator expression reading '${n}', which ${why} (needs closures)`);
  }
  const loc = { lineno: g.lineno, col_offset: g.col_offset, end_lineno: g.end_lineno, end_col_offset: g.end_col_offset };
  let body: ast.stmt = { _type: 'Expr', value: { _type: 'Yield', value: g.elt, ...loc }, ...loc } as ast.Expr;
  for (let i = g.generators.length - 1; i >= 0; i--) {
    const c = g.generators[i];
    for (let j = c.ifs.length - 1; j >= 0; j--) body = { _type: 'If', test: c.ifs[j], body: [body], orelse: [], ...loc } as ast.If;
    const iter: ast.expr = i === 0 ? ({ _type: 'Name', id: '.0', ctx: { _type: 'Load' }, ...loc } as unknown as ast.Name) : c.iter;
    if (i === 0 && ownsIterator(fl, c.iter)) markOwned(iter); // closed with the expression (gendrop.ts)
    body = { _type: 'For', target: c.target, iter, body: [body], orelse: [], type_comment: null, ...loc } as ast.For;
  }
  const arg = (name: string) => ({ _type: 'arg', arg: name, annotation: null, type_comment: null, ...loc }) as ast.arg;
  const node = {
    _type: 'FunctionDef', name: '<genexpr>', body: [body], decorator_list: [], returns: null, type_comment: null, type_params: [],
    args: { _type: 'arguments', posonlyargs: [], args: [arg('.0'), ...free.map(arg)], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [] },
    ...loc,
  } as ast.FunctionDef;
  const fi = gp.genexpFunction(fl.module, node, cellParams);
  const first = rtCall(fl, g.lineno, 'rt_iter', [fl.expr(g.generators[0].iter)]);
  const args = [first, ...free.map((n) => (cellParams.includes(n) ? fl.cellOf(node, n) : fl.expr({ _type: 'Name', id: n, ctx: { _type: 'Load' }, ...loc } as unknown as ast.Name)))];
  return fl.b.emit('call', args, fi.irName, 'obj');
}
