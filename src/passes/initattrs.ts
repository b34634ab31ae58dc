// initattrs: the attributes every instance of a class has once constructed (an analysis for
// specialize; it changes nothing). A slot read (classes.ts getAttrOf) tests the slot for the
// empty word and then asks rt_getattr (a class attribute, or AttributeError); for an attribute
// that `__init__` always stores before anything can read it, the slot is never empty when read,
// so specialize drops the test, and with it the fallback call, its frame and its poll
// (richards' `self.task_holding`).
//
// An instance of a class site (infer.ts: made by rt_inst_new of a class statement's global in a
// program function) is handed at once to its class's `__init__` (classes.ts construct: the call
// follows rt_inst_new directly). Until the instance escapes, `self` (param 0, and the block
// parameters that only ever receive it) is the only reference to it, so nothing but `self`'s own
// uses can read its attributes, whatever code runs meanwhile. The uses of `self` that do not
// let it escape: the slot addresses of attr.load / attr.store, the class switches' dispatch
// keys, `is`, rt_getattr / rt_setattr of a constant name the class does not define (they read
// or write the instance and run no program code), and a call with `self` as the first argument
// only of a program function, analysed the same way (`Task.__init__(self, ...)` in a subclass's
// `__init__`, `self.setup()`). Any other use (an argument, a stored or returned value, a
// closure's cell) lets it escape. A forward must-analysis over `__init__`'s reachable blocks
// gives the names stored on `self` on every path; the names always set are those stored at
// every normal return and at every escape, less those some read of `self` may find unset. A
// raise out of `__init__` before any escape drops the instance (its constructor call raises), so
// the unwind paths do not count. Names deleted anywhere (`del x.N`, delattr()) and names the
// class itself defines (methods, properties, class attributes) are never always set; nothing is
// when the program deletes an attribute by a computed name, or for a class that not every
// construction hands to one `__init__` this way.
import type { Func, IrModule, Value } from '../ir/function.js';
import { slotPointers, slotReceiver } from './attrtypes.js';
import { isUserFunc, T_LIST, T_OTHER, UNKNOWN_SITE, type TypeInfo } from './infer.js';

/** The dispatch keys of the lowering's class switches: they only read the class. */
const KEY_CALLS = new Set(['rt_inst_key', 'rt_cls_key', 'rt_cls_id', 'rt_builtin_has_method']);

/** What a function does to the attributes of its first parameter (the instance under
 * construction) until that escapes. */
interface Summary {
  /** Names stored on every path to every normal return. */
  ret: Set<string>;
  /** Names stored on every path to every point where the instance escapes (undefined: none). */
  limit: Set<string> | undefined;
  /** Names some read may find unset. */
  bad: Set<string>;
}

const intersect = (a: Set<string> | undefined, b: Set<string>): Set<string> => (a === undefined ? new Set(b) : new Set([...a].filter((x) => b.has(x))));

/** Per class id, the attribute names always set on its instances once constructed. */
export function alwaysSetAttrs(m: IrModule, info: TypeInfo): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  const byName = new Map(m.funcs.map((f) => [f.name, f]));
  const users = m.funcs.filter(isUserFunc);
  // names deleted anywhere (a computed name: any name)
  const deleted = new Set<string>();
  for (const f of m.funcs) {
    if (f.name === 'rt_delattr') continue; // it passes its caller's name on
    for (const b of f.blockOrder) {
      for (const i of f.blocks[b].insts) {
        const d = f.insts[i];
        if (d.op !== 'call' || (d.imm !== 'rt_delattr' && d.imm !== 'rt_object_delattr')) continue;
        const n = constStr(f, d.args[1]);
        if (n === undefined) return out;
        deleted.add(n);
      }
    }
  }

  /** Reading or writing attribute `name` of an instance of these sites by name runs no program
   * code: every class is one the program alone decides (no __getattr__, no foreign base) and
   * does not define the name (no property, method or class attribute of that name). */
  const plain = (f: Func, v: Value, name: string): boolean => {
    if (!((info.types.get(f)?.[v] ?? 0) & (T_OTHER | T_LIST))) return false;
    const ids = info.classIds(info.sites.get(f)![v]);
    return ids !== undefined && ids.every((id) => m.classNames.get(id) !== undefined && !m.classNames.get(id)!.has(name));
  };

  const summaries = new Map<Func, Summary | 'busy'>();
  /** The summary of f with its first parameter the instance (a function reached again while
   * being summarized: the instance escapes at its call). */
  const summarize = (f: Func): Summary => {
    const done = summaries.get(f);
    if (done === 'busy') return { ret: new Set(), limit: new Set(), bad: new Set() };
    if (done) return done;
    summaries.set(f, 'busy');
    const self = f.blocks[f.entry]?.params[0];
    const roots = copyRoots(f, (b) => info.live(f, b));
    const isSelf = (v: Value) => self !== undefined && (roots.get(v) ?? v) === self;
    const slotPtrs = slotPointers(f);
    let ret: Set<string> | undefined;
    let limit: Set<string> | undefined;
    const bad = new Set<string>();
    const entryState = new Map<number, Set<string>>([[f.entry, new Set()]]);
    const work = self === undefined ? [] : [f.entry];
    while (work.length) {
      const b = work.pop()!;
      if (!info.live(f, b)) continue;
      const state = new Set(entryState.get(b)!);
      const exit = unwinds(f, b);
      const escape = () => {
        if (!exit) limit = intersect(limit, state);
      };
      const read = (name: string) => {
        if (!state.has(name)) bad.add(name);
      };
      for (const i of f.blocks[b].insts) {
        const d = f.insts[i];
        const selfArgs = d.args.map(isSelf);
        if (selfArgs.some((x) => x)) {
          const one = selfArgs.filter((x) => x).length === 1;
          const name = d.op === 'call' ? constStr(f, d.args[1]) : undefined;
          const callee = d.op === 'call' ? byName.get(d.imm as string) : undefined;
          if (d.op === 'word.ptr' && slotPtrs.has(i)) {
            // its attr.load / attr.store uses follow
          } else if (d.op === 'py.is' || (d.op === 'call' && KEY_CALLS.has(d.imm as string))) {
            // only compares or reads the class
          } else if (d.op === 'call' && d.imm === 'rt_getattr' && one && selfArgs[0] && name !== undefined && plain(f, d.args[0], name)) {
            read(name);
          } else if (d.op === 'call' && d.imm === 'rt_setattr' && one && selfArgs[0] && name !== undefined && plain(f, d.args[0], name)) {
            state.add(name);
          } else if (d.op === 'call' && callee && isUserFunc(callee) && one && selfArgs[0]) {
            const c = summarize(callee);
            for (const n of c.bad) if (!state.has(n)) bad.add(n);
            if (c.limit !== undefined && !exit) limit = intersect(limit, new Set([...state, ...c.limit]));
            for (const n of c.ret) state.add(n);
          } else escape();
        }
        if (d.op === 'attr.load' || d.op === 'attr.store') {
          // a slot of self, by its address (word.ptr(self) + offset); the stored value itself
          // was checked above (self stored anywhere escapes)
          const recv = slotReceiver(f, d.args[0]);
          if (recv !== undefined && isSelf(recv)) {
            if (d.op === 'attr.load') read(d.imm as string);
            else state.add(d.imm as string);
          }
        }
        if (d.op === 'ret' && !exit) ret = intersect(ret, state);
        for (const t of d.targets) {
          // self passed to a block parameter that is not only ever self: an alias, an escape
          t.args.forEach((x, k) => {
            if (isSelf(x) && !isSelf(f.blocks[t.block].params[k])) escape();
          });
          const old = entryState.get(t.block);
          const next = old === undefined ? new Set(state) : intersect(old, state);
          if (old === undefined || next.size !== old.size) {
            entryState.set(t.block, next);
            work.push(t.block);
          }
        }
      }
    }
    // (revisits with smaller entry states only shrink ret and limit and grow bad, so the result
    // is that of the final states)
    const sum: Summary = { ret: ret ?? new Set(), limit, bad };
    summaries.set(f, sum);
    return sum;
  };

  // Every construction: rt_inst_new of a class site, then at once the direct call of its __init__.
  const perClass = new Map<number, Set<string> | undefined>();
  const meet = (id: number, s: Set<string> | undefined) => {
    const old = perClass.get(id);
    perClass.set(id, !perClass.has(id) ? s : old === undefined || s === undefined ? undefined : intersect(old, s));
  };
  for (const f of users) {
    for (const b of f.blockOrder) {
      if (!info.live(f, b)) continue;
      const insts = f.blocks[b].insts;
      insts.forEach((i, n) => {
        const d = f.insts[i];
        if (d.op !== 'call' || d.imm !== 'rt_inst_new' || d.result === undefined) return;
        const ids = info.classIds(info.sites.get(f)![d.result]);
        if (ids === undefined || ids.length !== 1) return;
        const next = n + 1 < insts.length ? f.insts[insts[n + 1]] : undefined;
        const init = next?.op === 'call' ? byName.get(next.imm as string) : undefined;
        if (!init || !isUserFunc(init) || next!.args[0] !== d.result || next!.args.slice(1).includes(d.result)) {
          meet(ids[0], undefined); // not handed to one __init__ at once: nothing known
          return;
        }
        const s = summarize(init);
        const names = s.limit === undefined ? s.ret : intersect(s.ret, s.limit);
        meet(ids[0], new Set([...names].filter((x) => !s.bad.has(x))));
      });
    }
  }
  for (const [id, names] of perClass) {
    const defined = m.classNames.get(id);
    if (!names || !defined) continue;
    const keep = new Set([...names].filter((n) => !defined.has(n) && !deleted.has(n)));
    if (keep.size) out.set(id, keep);
  }
  return out;
}

function constStr(f: Func, v: Value | undefined): string | undefined {
  if (v === undefined) return undefined;
  const def = f.valueDefs[v];
  if (def.kind !== 'inst') return undefined;
  const d = f.insts[def.inst];
  return d.op === 'const.str' ? (d.imm as string) : undefined;
}

/** Per block parameter that receives one value (or itself) on every edge from a live block: that value. */
function copyRoots(f: Func, live: (b: number) => boolean): Map<Value, Value> {
  const incoming = new Map<Value, Value[]>();
  for (const b of f.blockOrder) {
    const t = f.terminator(b);
    if (!live(b)) continue;
    if (t === undefined) continue;
    for (const e of f.insts[t].targets) {
      const ps = f.blocks[e.block].params;
      e.args.forEach((x, k) => {
        const l = incoming.get(ps[k]) ?? [];
        l.push(x);
        incoming.set(ps[k], l);
      });
    }
  }
  const out = new Map<Value, Value>();
  const find = (v: Value): Value => {
    for (let n = 0; out.has(v) && n < 1000; n++) v = out.get(v)!;
    return v;
  };
  let changed = true;
  while (changed) {
    changed = false;
    for (const [p, xs] of incoming) {
      if (out.has(p)) continue;
      const rs = new Set(xs.map(find).filter((x) => x !== p));
      if (rs.size === 1) {
        out.set(p, [...rs][0]);
        changed = true;
      }
    }
  }
  for (const p of out.keys()) out.set(p, find(p));
  return out;
}

/** Block b is the lowering's unwind block (a traceback entry, then the return). */
function unwinds(f: Func, b: number): boolean {
  return f.blocks[b].insts.some((i) => f.insts[i].op === 'call' && f.insts[i].imm === 'rt_tb_add');
}
