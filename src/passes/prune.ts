// prune: only the functions the program can reach remain: those reachable from the entry points
// (_start, _initialize, __export__.*) through calls, through the runtime functions generic ops
// call (py.add -> rt_add, box.float -> rt_box_float, int.add's slow path -> rt_iop_add), and through the runtime functions later
// passes may introduce (specialize's typed print functions, expand's num.to_f64 and raises).
// It runs first, so the rest of the pipeline works only on what the program uses. A module with
// no entry point is left whole.
import type { Func, IrModule } from '../ir/function.js';
import { runtimeFuncFor } from '../codegen/func.js';
import type { PassContext } from './context.js';
import { INT_SLOW } from './expand.js';

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
  'py.mod': ['rt_iop_mod'],
  'py.imod': ['rt_iop_mod'],
  'py.lt': ['rt_iop_lt', 'rt_nop_lt'],
  'py.le': ['rt_iop_le', 'rt_nop_le'],
  'py.gt': ['rt_iop_gt', 'rt_nop_gt'],
  'py.ge': ['rt_iop_ge', 'rt_nop_ge'],
  'py.eq': ['rt_iop_eq', 'rt_nop_eq'],
  'py.ne': ['rt_iop_ne', 'rt_nop_ne'],
  // specialize: items of lists with int indices (stdlib/_rt/list.py)
  rt_getitem: ['rt_list_geti', 'rt_list_getf', 'rt_list_getx', 'rt_list_getfx', 'rt_list_getb', 'rt_list_getbx', 'rt_str_geti', 'rt_tuple_getx', 'rt_list_getu'],
  rt_setitem: ['rt_list_seti', 'rt_list_setf', 'rt_list_setx', 'rt_list_setfx', 'rt_list_setb', 'rt_list_setbx', 'rt_list_setu'],
  // specialize: lists of raw f64 items and of bool bytes (floatlists.ts, stdlib/_rt/boollist.py)
  // items: an index proven within a fixed length (src/passes/items.ts)
  rt_list_getx: ['rt_list_getu'],
  rt_list_setx: ['rt_list_setu'],
  rt_list_new: ['rt_list_new_f64', 'rt_list_new_b'],
  rt_list_set: ['rt_list_set_f64', 'rt_list_set_b'],
  rt_math_sqrt: ['rt_math_sqrt_f'],
  // specialize: iterators over lists (stdlib/_rt/seq.py)
  rt_next: ['rt_list_iter_next', 'rt_list_next_at'],
  rt_list_iter_next: ['rt_list_next_at'],
  rt_m_append: ['rt_list_append'],
  'py.mul': ['rt_list_to_f64', 'rt_list_mul_b', 'rt_iop_mul', 'rt_seq_mul'],
  // specialize: narrow entries for proven types (stdlib/_rt/narrow.py, float_round.py)
  rt_list_call: ['rt_range_list'],
  rt_unpack: ['rt_unpack_seq'],
  rt_round: ['rt_float_round0'],
  rt_minmax: ['rt_minmax_ints'],
  rt_ord: ['rt_str_ord_at'],
  // specialize: str(), repr() and f"{x}" of a proven int or str
  rt_str_call: ['rt_int_to_str'],
  rt_repr: ['rt_int_to_str', 'rt_str_repr'],
  rt_format_value: ['rt_int_to_str', 'rt_fmt_int', 'rt_fmt_float', 'rt_fmt_str'],
  // specialize: int operators with no int.* op (stdlib/_rt/int_ops.py)
  'py.pow': ['rt_iop_pow'],
  'py.ipow': ['rt_iop_pow'],
  'py.rshift': ['rt_iop_rshift'],
  'py.irshift': ['rt_iop_rshift'],
  'py.lshift': ['rt_iop_lshift'],
  'py.ilshift': ['rt_iop_lshift'],
  // specialize: str + str (stdlib/_rt/str.py)
  'py.add': ['rt_str_concat', 'rt_str_add3', 'rt_iop_add'],
  'py.iadd': ['rt_str_concat', 'rt_iop_add', 'rt_iadd_int'],
};

export function isEntryPoint(name: string): boolean {
  return name === '_start' || name === '_initialize' || name.startsWith('__export__.');
}

/**
 * The names of the functions reachable from the module's entry points, or undefined when it has
 * none. `onReach` sees each reached function before its body is scanned (lazy lowering fills in
 * the body of a runtime function there, src/lower/program.ts).
 */
export function reachableFuncs(m: IrModule, onReach?: (f: Func) => void): Set<string> | undefined {
  const byName = new Map(m.funcs.map((f) => [f.name, f]));
  const keep = new Set<string>();
  const work: Func[] = [];
  const reach = (name: string) => {
    const f = byName.get(name);
    if (f && !keep.has(name)) {
      keep.add(name);
      onReach?.(f);
      work.push(f);
    }
  };
  for (const f of m.funcs) if (isEntryPoint(f.name)) reach(f.name);
  if (!keep.size) return undefined;
  while (work.length) {
    const f = work.pop()!;
    if (f.frozen) for (const n of f.frozen.entry.reach) reach(n); // precompiled (src/link): what its body reached
    else reachedFrom(f, reach);
  }
  return keep;
}

/** Calls `reach` with every function a function's body keeps in the module. */
export function reachedFrom(f: Func, reach: (name: string) => void): void {
  for (const b of f.blockOrder) {
    for (const i of f.blocks[b].insts) {
      const d = f.insts[i];
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
  }
}

export function prune(m: IrModule, _ctx: PassContext): void {
  const keep = reachableFuncs(m);
  if (!keep) return; // no entry point (IR written by hand, e.g. in tests): nothing to prune from
  const kept = m.funcs.filter((f) => keep.has(f.name));
  m.funcs.length = 0;
  m.funcs.push(...kept);
}
