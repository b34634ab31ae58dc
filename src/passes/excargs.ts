// Which functions may give an exception an argument other than a str or a small int (read by
// prune).
//
// BaseException.__str__ is str() of the one argument (repr() for KeyError, of the args tuple for
// several), and the report of an uncaught exception prints it: through rt_str_call and rt_repr it
// reaches every type's str and repr (float repr, container and dict view repr, bytes repr, object
// repr): most of a small program's module. But in most programs every exception is made by the
// runtime with a message str, or none. So that text is made by one runtime function,
// rt_exc_str_base (stdlib/_rt/exc.py), whose generic arm is under `if rt_exc_args_any():`; the
// prune-typed walk takes that arm only once a reached function makes another argument possible
// (makesExcArgs), and answers the call with a constant for the program. rt_exc_str_base is never
// precompiled (src/link/build.ts) and opaque to the interprocedural passes (Func.opaque), so its
// callers' precompiled code and facts are the same with either body.
//
// A function makes another argument possible when its body (every block; a runtime function's
// as lowered, which the artifact stores for a precompiled one) calls
// - rt_exc_new(cls, args), rt_exc_set_args(e, args) or rt_raise_args(name, args) with args not
//   proven a tuple of strs and small ints, or rt_raise(name, msg) (or a runtime function that
//   passes a parameter on to such an argument: WRAPPERS) with msg not proven a str, a small int
//   or NULL_WORD (no argument);
// or it sets an exception's attributes (`e.args = ...`, or OSError's errno, strerror and
// filename, which OSError.__str__ prints): SETS_ATTRS. Every other way to make an exception goes
// through those (rt_exc_call, rt_oserror_new ... pass on their parameters, which are not proven).
// A wrapper's own body is judged with its listed parameters taken as proven: its callers prove them.
import type { Func, InstData, Value } from '../ir/function.js';
import { incomingEdges } from './util.js';

/** The marker prune answers (a call whose i32 result a `br` tests). */
export const EXC_ARGS_ANY = 'rt_exc_args_any';
/** The runtime function holding the marker: never precompiled, always opaque. */
export const EXC_STR_BASE = 'rt_exc_str_base';

/** Runtime functions whose parameters at the indices become an exception's argument (str) or
 * its args tuple (tuple): their calls must prove them. */
const WRAPPERS: Record<string, { str?: number; tuple?: number }> = {
  rt_exc_new: { tuple: 1 },
  rt_exc_set_args: { tuple: 1 },
  rt_raise_args: { tuple: 1 },
  rt_raise: { str: 1 },
  rt_key_error: { str: 0 },
  rt_enum_attr: { str: 1 },
  rt_file_check: { str: 2 },
};
/** Functions that set an exception's attributes from their arguments (rt_object_setattr: any
 * attribute of any object; rt_exc_setattr: args, __cause__ ...). */
const SETS_ATTRS = new Set(['rt_object_setattr', 'rt_exc_setattr']);
/** Small ints (tagged: rt_exc_arg_text's is_small) well inside SMALL_MIN..SMALL_MAX. */
const SMALL = 1n << 31n;
/** Runtime functions whose result is always a str (given strs). */
const STR_RESULTS = new Set(['rt_str_concat', 'rt_str_cat3', 'rt_str_add3', 'rt_sb_done', 'rt_i64_to_str', 'rt_type_name']);

/** Per runtime function, makesExcArgs of its body as first asked: as lowered (prune's first walk
 * asks for every function it reaches, and later walks reach no other), which is what the
 * artifact stores for a precompiled one (src/link/build.ts). */
const lowered = new WeakMap<Func, boolean>();

export function makesExcArgsLowered(f: Func): boolean {
  let r = lowered.get(f);
  if (r === undefined) lowered.set(f, (r = makesExcArgs(f)));
  return r;
}

/** Whether f's body may give an exception an argument other than a str or a small int, or set
 * an exception's attributes. */
export function makesExcArgs(f: Func): boolean {
  if (SETS_ATTRS.has(f.name)) return true;
  let proof: StrProof | undefined;
  for (const b of f.blockOrder) {
    const insts = f.blocks[b].insts;
    for (let k = 0; k < insts.length; k++) {
      const d = f.insts[insts[k]];
      const w = d.op === 'call' ? WRAPPERS[d.imm as string] : undefined;
      if (!w) continue;
      proof ??= new StrProof(f, WRAPPERS[f.name]);
      if (w.str !== undefined && !proof.str(d.args[w.str])) return true;
      if (w.tuple !== undefined && !proof.strTuple(d.args[w.tuple])) return true;
    }
  }
  return false;
}

/** Values of one function proven strs, small ints or NULL_WORD, and tuples proven to hold only
 * strs and small ints (`own`: the function's parameters its callers prove, when it is a wrapper). */
class StrProof {
  private edges?: ReturnType<typeof incomingEdges>;

  constructor(
    private readonly f: Func,
    private readonly own: { str?: number; tuple?: number } | undefined,
  ) {}

  str(v: Value): boolean {
    return this.prove(v, this.own?.str, (d) => {
      if (d.op === 'const.str') return true;
      if (d.op === 'const.int') return BigInt(d.imm as bigint) >= -SMALL && BigInt(d.imm as bigint) < SMALL; // tagged
      if (d.op === 'ptr.word') return this.constZero(d.args[0]); // NULL_WORD
      return d.op === 'call' && STR_RESULTS.has(d.imm as string);
    });
  }

  strTuple(v: Value): boolean {
    return this.prove(v, this.own?.tuple, (d) => {
      if (d.op !== 'call') return false;
      if (d.imm === 'rt_tuple_new0') return true;
      return (d.imm === 'rt_tuple_new1' || d.imm === 'rt_tuple_new2') && d.args.every((a) => this.str(a));
    });
  }

  private constZero(v: Value): boolean {
    const def = this.f.valueDefs[v];
    if (def.kind !== 'inst') return false;
    const d = this.f.insts[def.inst];
    return d.op === 'const.i32' && Number(d.imm) === 0;
  }

  /** Whether every instruction result that can flow into v (through block parameters) passes
   * byInst; of the function's parameters, only the one at index `param`. */
  private prove(v: Value, param: number | undefined, byInst: (d: InstData) => boolean): boolean {
    const seen = new Set<Value>([v]);
    const work = [v];
    while (work.length) {
      const def = this.f.valueDefs[work.pop()!];
      if (def.kind === 'inst') {
        if (!byInst(this.f.insts[def.inst])) return false;
        continue;
      }
      if (def.block === this.f.entry) {
        if (def.index !== param) return false;
        continue;
      }
      this.edges ??= incomingEdges(this.f);
      for (const e of this.edges.get(def.block) ?? []) {
        const a = this.f.insts[e.inst].targets[e.index].args[def.index];
        if (!seen.has(a)) {
          seen.add(a);
          work.push(a);
        }
      }
    }
    return true;
  }
}
