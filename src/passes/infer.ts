// infer: whole-program type inference for universal words (an analysis: it changes nothing).
// For every obj value of the program's own functions it computes the set of Python types the
// value may have at run time, as a bit set, by a fixpoint over all functions at once:
// parameters receive the union of their arguments at every call site, calls return the union
// of the callee's returns, globals the union of everything stored to them, block parameters the
// union of their incoming arguments. Runtime functions (typed stdlib code) are not analysed:
// their obj results are "anything". An op that raises for some operand types contributes only
// the types of the cases that do not raise.
import type { Func, IrModule, Value } from '../ir/function.js';

export const T_INT = 1;
export const T_FLOAT = 2;
export const T_BOOL = 4;
export const T_NONE = 8;
export const T_STR = 16;
/** Anything else: containers, objects, functions... (no operation on it is specialized). */
export const T_OTHER = 32;
export const T_ANY = 63;
/** The unbound-variable sentinel (never a Python value: every use of it is guarded). */
export const T_UNBOUND = 64;
const NUM = T_INT | T_FLOAT | T_BOOL;

export interface TypeInfo {
  /** Per function, the type set of each value (0 for non-obj values and unbound sentinels). */
  readonly types: Map<Func, Uint8Array>;
}

/** Is `f` one of the user's functions (as opposed to the runtime's)? The program's functions are
 * named `<module>.<name>` (`__main__.f`, `pkg.mod.f`, `__export__.f`); the runtime's have no dot. */
export function isUserFunc(f: Func): boolean {
  return f.name.includes('.') || f.name === '_start' || f.name === '_initialize';
}

/** Runtime functions whose results inference knows (everything else returns anything). */
const RUNTIME_RESULTS: Record<string, number> = { rt_int_from_i64: T_INT, rt_box_float: T_FLOAT };

/** The result types of a Python binary operation over two single types. */
function binType(op: string, a: number, b: number): number {
  const ia = a === T_INT || a === T_BOOL;
  const ib = b === T_INT || b === T_BOOL;
  const na = (a & NUM) !== 0;
  const nb = (b & NUM) !== 0;
  if (a === T_OTHER || b === T_OTHER) return T_ANY;
  switch (op) {
    case 'add':
      if (ia && ib) return T_INT;
      if (na && nb) return T_FLOAT;
      if (a === T_STR && b === T_STR) return T_STR;
      return 0;
    case 'sub':
    case 'truediv':
      if (op === 'sub' && ia && ib) return T_INT;
      if (na && nb) return T_FLOAT;
      return 0;
    case 'mul':
      if (ia && ib) return T_INT;
      if (na && nb) return T_FLOAT;
      if ((a === T_STR && ib) || (ia && b === T_STR)) return T_STR;
      return 0;
    case 'floordiv':
    case 'mod':
      if (ia && ib) return T_INT;
      if (na && nb) return T_FLOAT;
      if (op === 'mod' && a === T_STR) return T_STR;
      return 0;
    case 'pow':
      if (ia && ib) return T_INT | T_FLOAT;
      if (na && nb) return T_FLOAT;
      return 0;
    case 'and':
    case 'or':
    case 'xor':
      if (a === T_BOOL && b === T_BOOL) return T_BOOL;
      if (ia && ib) return T_INT;
      return 0;
    case 'lshift':
    case 'rshift':
      return ia && ib ? T_INT : 0;
    default:
      return T_ANY;
  }
}

function eachBit(set: number, f: (t: number) => void): void {
  for (let t = 1; t <= T_OTHER; t <<= 1) if (set & t) f(t); // T_UNBOUND is never an operand
}

export function binResult(op: string, a: number, b: number): number {
  let r = 0;
  eachBit(a, (x) => eachBit(b, (y) => (r |= binType(op, x, y))));
  return r;
}

function unResult(op: string, a: number): number {
  let r = 0;
  eachBit(a, (t) => {
    if (t === T_OTHER) r |= T_ANY;
    else if (t === T_INT || t === T_BOOL) r |= T_INT;
    else if (t === T_FLOAT && op !== 'invert') r |= T_FLOAT;
  });
  return r;
}

export function inferTypes(m: IrModule): TypeInfo {
  const funcs = m.funcs.filter(isUserFunc);
  const types = new Map<Func, Uint8Array>();
  const params = new Map<string, number[]>();
  const returns = new Map<string, number>();
  const globals = new Map<string, number>();
  const userNames = new Set(funcs.map((f) => f.name));
  for (const f of funcs) {
    types.set(f, new Uint8Array(f.valueTypes.length));
    params.set(f.name, f.params.map(() => 0));
    returns.set(f.name, 0);
  }
  let changed = true;
  const join = <K>(map: Map<K, number>, k: K, t: number) => {
    const old = map.get(k) ?? 0;
    if ((old | t) !== old) {
      map.set(k, old | t);
      changed = true;
    }
  };
  while (changed) {
    changed = false;
    for (const f of funcs) {
      const ty = types.get(f)!;
      const set = (v: Value | undefined, t: number) => {
        if (v === undefined || f.typeOf(v) !== 'obj') return;
        if ((ty[v] | t) !== ty[v]) {
          ty[v] |= t;
          changed = true;
        }
      };
      const ps = params.get(f.name)!;
      f.blocks[f.entry].params.forEach((p, i) => set(p, ps[i]));
      for (const b of f.blockOrder) {
        for (const i of f.blocks[b].insts) {
          const d = f.insts[i];
          const a = d.args.map((x) => ty[x]);
          const r = d.result;
          switch (d.op) {
            case 'const.int':
            case 'tag.int':
              set(r, T_INT);
              break;
            case 'const.float':
            case 'box.float':
              set(r, T_FLOAT);
              break;
            case 'const.str':
              set(r, T_STR);
              break;
            case 'const.none':
              set(r, T_NONE);
              break;
            case 'const.bool':
            case 'box.bool':
              set(r, T_BOOL);
              break;
            case 'ptr.word':
              set(r, T_UNBOUND); // only user code's unbound sentinel is a ptr.word
              break;
            case 'global.get':
              set(r, (globals.get(d.imm as string) ?? 0) | T_UNBOUND); // read before any store: unbound
              break;
            case 'global.set':
              join(globals, d.imm as string, a[0]);
              break;
            case 'py.neg':
            case 'py.pos':
            case 'py.invert':
              set(r, unResult(d.op.slice(3), a[0]));
              break;
            case 'py.eq':
            case 'py.ne':
            case 'py.lt':
            case 'py.le':
            case 'py.gt':
            case 'py.ge':
              set(r, (a[0] | a[1]) & T_OTHER ? T_ANY : T_BOOL);
              break;
            case 'int.add':
            case 'int.sub':
            case 'int.mul':
            case 'int.floordiv':
            case 'int.mod':
              set(r, T_INT);
              break;
            case 'call': {
              const callee = d.imm as string;
              if (userNames.has(callee)) {
                const cp = params.get(callee)!;
                d.args.forEach((x, k) => {
                  if (f.typeOf(x) === 'obj' && (cp[k] | ty[x]) !== cp[k]) {
                    cp[k] |= ty[x];
                    changed = true;
                  }
                });
                set(r, returns.get(callee)!);
              } else set(r, RUNTIME_RESULTS[callee] ?? T_ANY | T_UNBOUND); // the runtime may return the null word (e.g. end of iteration)
              break;
            }
            case 'ret':
              if (d.args.length && f.typeOf(d.args[0]) === 'obj') join(returns, f.name, a[0]);
              break;
            default:
              if (d.op.startsWith('py.')) set(r, binResult(d.op.slice(3), a[0], a[1]));
              else if (r !== undefined) set(r, T_ANY | T_UNBOUND);
          }
          for (const t of d.targets) {
            const tp = f.blocks[t.block].params;
            t.args.forEach((x, k) => set(tp[k], ty[x]));
          }
        }
      }
    }
  }
  return { types };
}
