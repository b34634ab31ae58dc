// prune: only the functions the program can reach remain: those reachable from the entry points
// (_start, _initialize, __export__.*) through calls, through the runtime functions generic ops
// call (py.add -> rt_add, box.float -> rt_box_float, int.add's slow path -> rt_iop_add), and through the runtime functions later
// passes may introduce (specialize's typed print functions, expand's num.to_f64 and raises).
// It runs first, so the rest of the pipeline works only on what the program uses. A module with
// no entry point is left whole.
import type { Block, Func, Inst, InstData, IrModule, Value } from '../ir/function.js';
import { CLASS_KEY, CLASSF_EXCEPTION } from '../runtime/layout.js';
import { runtimeFuncFor } from '../codegen/func.js';
import type { PassContext } from './context.js';
import { INT_SLOW } from './expand.js';
import { EXC_ARGS_ANY, makesExcArgs, makesExcArgsLowered } from './excargs.js';
import { isUserFunc } from './infer.js';
import { reachableBlocks } from './util.js';

/** Runtime functions a later pass may call in place of, or around, an op or a call. */
const INTRODUCED: Record<string, string[]> = {
  rt_write_obj: ['rt_write_str', 'rt_write_int', 'rt_write_bool', 'rt_write_float'],
  // a program that allocates gets the collector's safe points and frames (gcroots)
  rt_alloc: ['rt_gc_collect', 'rt_gc_overflow'],
  generic: ['rt_num_to_f64', 'rt_raise', 'rt_box_float'],
  // specialize turns these ops on proven ints into int.* ops (-x into int.sub(0, x)), whose slow
  // paths call the int-only operations (expand.ts INT_SLOW, stdlib/_rt/int_ops.py)
  'py.neg': ['rt_iop_sub'],
  'py.sub': ['rt_iop_sub'],
  'py.isub': ['rt_iop_sub'],
  'py.imul': ['rt_iop_mul'],
  'py.floordiv': ['rt_iop_floordiv'],
  'py.ifloordiv': ['rt_iop_floordiv'],
  'py.mod': ['rt_iop_mod', 'rt_int_to_str', 'rt_str_concat', 'rt_str_cat3'],
  'py.imod': ['rt_iop_mod'],
  'py.lt': ['rt_iop_lt', 'rt_nop_lt'],
  'py.le': ['rt_iop_le', 'rt_nop_le'],
  'py.gt': ['rt_iop_gt', 'rt_nop_gt'],
  'py.ge': ['rt_iop_ge', 'rt_nop_ge'],
  'py.eq': ['rt_iop_eq', 'rt_nop_eq'],
  'py.ne': ['rt_iop_ne', 'rt_nop_ne'],
  // specialize: items of lists with int indices (stdlib/_rt/list.py)
  rt_getitem: ['rt_list_geti', 'rt_list_getf', 'rt_list_getx', 'rt_list_getfx', 'rt_list_getb', 'rt_list_getbx', 'rt_str_geti', 'rt_tuple_getx', 'rt_list_getu', 'rt_list_getbu', 'rt_dict_getx'],
  rt_setitem: ['rt_list_seti', 'rt_list_setf', 'rt_list_setx', 'rt_list_setfx', 'rt_list_setb', 'rt_list_setbx', 'rt_list_setu', 'rt_list_setbu', 'rt_dict_setx'],
  rt_in: ['rt_dict_inx'], // specialize: on dicts the program made (stdlib/_rt/dict.py)
  // specialize: lists of raw f64 items and of bool bytes (floatlists.ts, stdlib/_rt/boollist.py)
  // items: an index proven within a fixed length (src/passes/items.ts)
  rt_list_getx: ['rt_list_getu'],
  rt_list_setx: ['rt_list_setu'],
  rt_list_getbx: ['rt_list_getbu'],
  rt_list_setbx: ['rt_list_setbu'],
  rt_list_new: ['rt_list_new_f64', 'rt_list_new_b'],
  rt_list_set: ['rt_list_set_f64', 'rt_list_set_b'],
  rt_math_sqrt: ['rt_math_sqrt_f'],
  // specialize: iterators over lists (stdlib/_rt/seq.py)
  rt_next: ['rt_list_iter_next', 'rt_list_next_at', 'rt_list_iter_nexto', 'rt_list_next_at_o'],
  rt_list_iter_next: ['rt_list_next_at'],
  rt_list_iter_nexto: ['rt_list_next_at_o'],
  rt_m_append: ['rt_list_append'],
  'py.mul': ['rt_list_to_f64', 'rt_list_mul_b', 'rt_iop_mul', 'rt_seq_mul'],
  // specialize: narrow entries for proven types (stdlib/_rt/narrow.py, float_round.py)
  rt_list_call: ['rt_range_list'],
  rt_unpack: ['rt_unpack_seq'],
  rt_round: ['rt_float_round0'],
  rt_minmax: ['rt_minmax_ints'],
  rt_ord: ['rt_str_ord_at'],
  rt_isinstance: ['rt_isinstance_t', 'rt_type_id'], // purecalls: the type word read once per value
  // specialize: str(), repr() and f"{x}" of a proven int or str
  rt_str_call: ['rt_int_to_str'],
  rt_repr: ['rt_int_to_str', 'rt_str_repr'],
  rt_format_value: ['rt_int_to_str', 'rt_fmt_int', 'rt_fmt_float', 'rt_fmt_str', 'rt_fmt_fixed_p', 'rt_fmt_int_w'],
  // specialize: int operators with no int.* op (stdlib/_rt/int_ops.py)
  'py.pow': ['rt_iop_pow'],
  'py.ipow': ['rt_iop_pow'],
  'py.rshift': ['rt_iop_rshift'],
  'py.irshift': ['rt_iop_rshift'],
  'py.lshift': ['rt_iop_lshift'],
  'py.ilshift': ['rt_iop_lshift'],
  // specialize: str + str (stdlib/_rt/str.py)
  'py.add': ['rt_str_concat', 'rt_str_add3', 'rt_iop_add'],
  rt_str_join: ['rt_str_join_wrap'], // strcat.ts: a + sep.join(x) + c
  'py.iadd': ['rt_str_concat', 'rt_iop_add', 'rt_iadd_int'],
};

export function isEntryPoint(name: string): boolean {
  return name === '_start' || name === '_initialize' || name.startsWith('__export__.');
}

/** The runtime functions giving the lowering's dispatch key of a value (stdlib/_rt/cls.py): the
 * class id of an instance of a class of the program, that id + CLASS_KEY for its class object. */
const KEY_FUNCS = new Set(['rt_cls_id', 'rt_inst_key', 'rt_cls_key']);

/**
 * Which classes of the program may have instances. An instance of class K (and K's object as a
 * value) exists only once some code has obtained K's class object: the class statement's
 * rt_class_new makes it and may only store it into a global and set its attributes
 * (rt_class_attr_init); any other use of that result (decorators, __init_subclass__, a class
 * statement in a function, a jump argument), or any global.get of a global it was stored into
 * (constructing K, `except K`, isinstance, K as a base of another class statement, `from m
 * import K`, a module's dispatcher of its globals), makes K live. Nothing else hands out a class
 * object: there is no `__subclasses__`, and the runtime (stdlib/_rt) makes no class of the program.
 * So a test of a dispatch key against a class that is not live (`rt_cls_key(x) == K`) is false,
 * and the switches the lowering makes over every class with a method of some name (methods
 * called on receivers of unknown class, the special-method and member dispatchers) keep only the
 * cases of classes the program can instantiate: a stdlib module's unused classes, and whatever
 * only their methods call, are not compiled. Exception classes are always taken as live.
 */
class ClassLiveness {
  /** Class ids some rt_class_new makes with a constant id (the others are always live). */
  private readonly tracked = new Set<number>();
  /** The globals rt_class_new results are stored into, and the ids they may hold. */
  private readonly globals = new Map<string, number[]>();
  /** The functions scanned for class statements before the walk (any other function's are live). */
  private readonly scanned = new Set<Func>();
  readonly live = new Set<number>();
  /** Per class id, the key tests against it the walk took to be false: (function, br). */
  private readonly waiters = new Map<number, { f: Func; br: Inst }[]>();

  constructor(m: IrModule, private readonly wake: (f: Func, br: Inst) => void) {
    for (const f of m.funcs) {
      if (f.frozen || !f.blockOrder.length) continue;
      this.scanned.add(f);
      for (const b of f.blockOrder) {
        for (const i of f.blocks[b].insts) {
          const d = f.insts[i];
          if (d.op !== 'global.set') continue;
          const id = classNewId(f, d.args[0]);
          if (id === undefined) continue;
          this.tracked.add(id);
          const ids = this.globals.get(d.imm as string) ?? [];
          ids.push(id);
          this.globals.set(d.imm as string, ids);
        }
      }
    }
  }

  /** Marks what instruction i of a reached block of f makes live. */
  visit(f: Func, d: InstData, uses: () => Map<Value, InstData[]>): void {
    if (d.op === 'global.get') {
      for (const id of this.globals.get(d.imm as string) ?? []) this.markLive(id);
      return;
    }
    if (d.op !== 'call' || d.imm !== 'rt_class_new' || d.result === undefined) return;
    const id = classNewId(f, d.result);
    if (id === undefined) return;
    if (!this.scanned.has(f)) return this.markLive(id);
    for (const u of uses().get(d.result) ?? []) {
      const stored = u.op === 'global.set' && u.args[0] === d.result;
      const attrInit = u.op === 'call' && u.imm === 'rt_class_attr_init' && u.args[0] === d.result && !u.args.slice(1).includes(d.result) && !u.targets.length;
      if (!stored && !attrInit) return this.markLive(id);
    }
  }

  /** The classes a br's condition tests dispatch keys against, when every one is a tracked
   * class that is not live (the test is then false); undefined otherwise. */
  deadTest(f: Func, cond: Value): number[] | undefined {
    const def = f.valueDefs[cond];
    if (def.kind !== 'inst') return undefined;
    const d = f.insts[def.inst];
    if (d.op === 'i32.or') {
      const a = this.deadTest(f, d.args[0]);
      const b = a && this.deadTest(f, d.args[1]);
      return a && b ? [...a, ...b] : undefined;
    }
    if (d.op !== 'i32.eq') return undefined;
    const [x, y] = d.args;
    const keyed = (v: Value) => {
      const vd = f.valueDefs[v];
      return vd.kind === 'inst' && f.insts[vd.inst].op === 'call' && KEY_FUNCS.has(f.insts[vd.inst].imm as string);
    };
    const c = keyed(x) ? constI32Of(f, y) : keyed(y) ? constI32Of(f, x) : undefined;
    if (c === undefined || c <= 0) return undefined;
    const id = c >= CLASS_KEY ? c - CLASS_KEY : c;
    return this.tracked.has(id) && !this.live.has(id) ? [id] : undefined;
  }

  /** Waits for one of `ids` to become live to take the br's first target. */
  wait(ids: number[], f: Func, br: Inst): void {
    for (const id of ids) {
      const l = this.waiters.get(id) ?? [];
      l.push({ f, br });
      this.waiters.set(id, l);
    }
  }

  private markLive(id: number): void {
    if (this.live.has(id)) return;
    this.live.add(id);
    for (const w of this.waiters.get(id) ?? []) this.wake(w.f, w.br);
    this.waiters.delete(id);
  }
}

/** The constant id of the class statement whose rt_class_new made v, unless it is an exception class. */
function classNewId(f: Func, v: Value): number | undefined {
  const def = f.valueDefs[v];
  if (def.kind !== 'inst') return undefined;
  const c = f.insts[def.inst];
  if (c.op !== 'call' || c.imm !== 'rt_class_new') return undefined;
  const id = constI32Of(f, c.args[4]);
  const flags = constI32Of(f, c.args[5]);
  return id !== undefined && id > 0 && flags !== undefined && !(flags & CLASSF_EXCEPTION) ? id : undefined;
}

function constI32Of(f: Func, v: Value | undefined): number | undefined {
  if (v === undefined) return undefined;
  const def = f.valueDefs[v];
  if (def.kind !== 'inst') return undefined;
  const d = f.insts[def.inst];
  return d.op === 'const.i32' ? Number(d.imm) : undefined;
}

/** Every use of each value of f (instruction arguments and jump arguments). */
function usesOf(f: Func): Map<Value, InstData[]> {
  const out = new Map<Value, InstData[]>();
  const add = (v: Value, d: InstData) => {
    const l = out.get(v);
    if (l) l.push(d);
    else out.set(v, [d]);
  };
  for (const b of f.blockOrder) {
    for (const i of f.blocks[b].insts) {
      const d = f.insts[i];
      for (const a of d.args) add(a, d);
      for (const t of d.targets) for (const a of t.args) add(a, d);
    }
  }
  return out;
}

/**
 * The names of the functions reachable from the module's entry points, or undefined when it has
 * none. `onReach` sees each reached function before its body is scanned (lazy lowering fills in
 * the body of a runtime function there, src/lower/program.ts). A function's body is walked from
 * its entry block (and from the blocks no path from it reaches); a branch on a dispatch-key test against classes that cannot be instantiated
 * (ClassLiveness) is walked only on its false side until one of them becomes live. Such a branch
 * that stays false is made a jump to its false target and the blocks only it reached are
 * removed from the function (so no kept function calls one that is not kept).
 */
export function reachableFuncs(m: IrModule, onReach?: (f: Func) => void, answerExcArgs = false): Set<string> | undefined {
  const byName = new Map(m.funcs.map((f) => [f.name, f]));
  const keep = new Set<string>();
  // Blocks still to walk, per function, and the blocks walked.
  const work: { f: Func; b: Block }[] = [];
  const walked = new Map<Func, Set<Block>>();
  // Per function, its branches taken to be false (key tests against classes not live).
  const deadBrs = new Map<Func, Set<Inst>>();
  const wake = (f: Func, br: Inst) => {
    const dead = deadBrs.get(f);
    if (!dead?.delete(br)) return;
    work.push({ f, b: f.insts[br].targets[0].block });
  };
  const classes = new ClassLiveness(m, wake);
  // Whether an exception may hold an argument other than a str or a small int (excargs.ts), when
  // this walk answers rt_exc_args_any: the `br`s on it waiting for that, and its calls.
  let excArgs = false;
  const excWaiting: { f: Func; br: Inst }[] = [];
  const excCalls: InstData[] = [];
  const reach = (name: string) => {
    const f = byName.get(name);
    if (f && !keep.has(name)) {
      keep.add(name);
      onReach?.(f);
      // (a runtime function's answer is its lowered body's, every walk computing it on first sight)
      const made = f.frozen ? f.frozen.entry.excArgs === true : isUserFunc(f) ? answerExcArgs && !excArgs && makesExcArgs(f) : makesExcArgsLowered(f);
      if (made && answerExcArgs && !excArgs) {
        excArgs = true;
        for (const w of excWaiting.splice(0)) wake(w.f, w.br);
      }
      if (f.frozen) {
        for (const n of f.frozen.entry.reach) reach(n); // precompiled (src/link): what its body reached
      } else if (f.blockOrder.length) {
        walked.set(f, new Set());
        // From the entry, and from any block no path from it reaches (its calls still keep
        // their callees, as the blocks stay until dce).
        const live = reachableBlocks(f);
        for (const b of f.blockOrder) if (b === f.entry || !live.has(b)) work.push({ f, b });
      }
    }
  };
  for (const f of m.funcs) if (isEntryPoint(f.name)) reach(f.name);
  if (!keep.size) return undefined;
  const uses = new Map<Func, Map<Value, InstData[]>>();
  while (work.length) {
    const { f, b } = work.pop()!;
    const seen = walked.get(f)!;
    if (seen.has(b)) continue;
    seen.add(b);
    const usesOfF = () => {
      let u = uses.get(f);
      if (!u) uses.set(f, (u = usesOf(f)));
      return u;
    };
    // (an indexed loop, one closure per block: the compiler runs without V8's optimizing tier,
    // bin/keel.js, where for-of and a closure per instruction cost)
    const insts = f.blocks[b].insts;
    for (let ii = 0; ii < insts.length; ii++) {
      const d = f.insts[insts[ii]];
      if (answerExcArgs && d.op === 'call' && d.imm === EXC_ARGS_ANY) {
        excCalls.push(d);
        continue;
      }
      reachedBy(d, reach);
      classes.visit(f, d, usesOfF);
    }
    const t = f.terminator(b);
    if (t === undefined) continue;
    const d = f.insts[t];
    const ids = d.op === 'br' ? classes.deadTest(f, d.args[0]) : undefined;
    const excTest = !ids && answerExcArgs && !excArgs && d.op === 'br' && isExcArgsAny(f, d.args[0]);
    if (ids || excTest) {
      let dead = deadBrs.get(f);
      if (!dead) deadBrs.set(f, (dead = new Set()));
      dead.add(t);
      if (ids) classes.wait(ids, f, t);
      else excWaiting.push({ f, br: t });
      work.push({ f, b: d.targets[1].block });
      continue;
    }
    for (const x of d.targets) work.push({ f, b: x.block });
  }
  for (const d of excCalls) {
    d.op = 'const.i32';
    d.args = [];
    d.imm = excArgs ? 1n : 0n;
  }
  // The branches still false jump to their false target; what only they reached goes.
  for (const [f, dead] of deadBrs) {
    if (!dead.size) continue;
    for (const t of dead) {
      const d = f.insts[t];
      d.op = 'jump';
      d.args = [];
      d.targets = [d.targets[1]];
    }
    const seen = walked.get(f)!;
    f.blockOrder = f.blockOrder.filter((b) => seen.has(b));
  }
  return keep;
}

/** Whether v is the result of a call of rt_exc_args_any (excargs.ts). */
function isExcArgsAny(f: Func, v: Value): boolean {
  const def = f.valueDefs[v];
  return def.kind === 'inst' && f.insts[def.inst].op === 'call' && f.insts[def.inst].imm === EXC_ARGS_ANY;
}

/** Calls `reach` with every function a function's body keeps in the module. */
export function reachedFrom(f: Func, reach: (name: string) => void): void {
  for (const b of f.blockOrder) for (const i of f.blocks[b].insts) reachedBy(f.insts[i], reach);
}

/** Calls `reach` with every function an instruction keeps in the module. */
function reachedBy(d: InstData, reach: (name: string) => void): void {
  if (d.op === 'func.ref') reach(d.imm as string); // a table entry: called through call.indirect
  if (d.op === 'call') {
    reach(d.imm as string);
    for (const x of INTRODUCED[d.imm as string] ?? []) reach(x);
  }
  // expand gives int.* ops a slow path calling the int-only operation (int.add -> rt_iop_add).
  const rt = d.op.startsWith('int.') ? INT_SLOW[d.op] : runtimeFuncFor(d.op);
  if (rt !== undefined) {
    reach(rt);
    for (const x of INTRODUCED.generic) reach(x);
    for (const x of INTRODUCED[d.op] ?? []) reach(x);
  }
}

/**
 * Modules whose function list is exactly what the lazy lowering's walk (src/lower/program.ts
 * finishLowering) kept, unchanged since (the driver marks one right after that walk, and runPass
 * forgets it before any other pass), and which have no class statement: the prune pass would walk
 * them again for nothing. With no rt_class_new in any function body ClassLiveness tracks no class,
 * so neither walk takes a branch to be false: both are plain reachability over the same IR.
 * (With classes the second walk may differ: it scans the runtime functions the first lowered, and
 * no longer those the first dropped.) nbody keeps 850 functions until specialize (843 precompiled,
 * 302 after prune-typed): this walk was ~1.5% of its compile.
 */
const justPruned = new WeakSet<IrModule>();

export function notePruned(m: IrModule): void {
  if (!m.funcs.some(hasClassNew)) justPruned.add(m);
}

export function forgetPruned(m: IrModule): void {
  justPruned.delete(m);
}

function hasClassNew(f: Func): boolean {
  if (f.frozen) return false; // (ClassLiveness neither scans nor visits precompiled code)
  for (const b of f.blockOrder) {
    const insts = f.blocks[b].insts;
    for (let k = 0; k < insts.length; k++) {
      const d = f.insts[insts[k]];
      if (d.op === 'call' && d.imm === 'rt_class_new') return true;
    }
  }
  return false;
}

export function prune(m: IrModule, _ctx: PassContext): void {
  if (justPruned.delete(m)) return;
  pruneModule(m, false);
}

/** prune-typed: prune once specialization has replaced generic calls, the walk that answers
 * rt_exc_args_any (excargs.ts: after it, the functions the program reaches are the ones whose
 * code it emits, and those later passes may call). */
export function pruneTyped(m: IrModule, _ctx: PassContext): void {
  pruneModule(m, true);
}

function pruneModule(m: IrModule, answerExcArgs: boolean): void {
  const keep = reachableFuncs(m, undefined, answerExcArgs);
  if (!keep) return; // no entry point (IR written by hand, e.g. in tests): nothing to prune from
  const kept = m.funcs.filter((f) => keep.has(f.name));
  m.funcs.length = 0;
  m.funcs.push(...kept);
}
