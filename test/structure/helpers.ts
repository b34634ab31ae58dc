// Test helpers for the structurer: CFG construction from terminator lists, an interpreter for
// SNode trees and a direct CFG walker (both driven by the same per-visit decisions), naive
// dominators and natural loops, a T1/T2 reducibility oracle, and random CFG generators.
import type { Cfg } from '../../src/ir/analysis/cfg.js';
import type { Edge, SNode, StructInput, Terminator } from '../../src/structure/types.js';

export function inputOf(terms: readonly Terminator[], entry = 0): StructInput {
  return {
    entry,
    term(b: number): Terminator {
      const t = terms[b];
      if (t === undefined) throw new Error(`no block b${b}`);
      return t;
    },
  };
}

export const jump = (target: number): Terminator => ({ kind: 'jump', target });
export const branch = (then: number, els: number): Terminator => ({ kind: 'branch', then, else: els });
export const sw = (targets: number[], def: number): Terminator => ({ kind: 'switch', targets, default: def });
export const exit: Terminator = { kind: 'exit' };

export function succsOf(t: Terminator): number[] {
  switch (t.kind) {
    case 'jump':
      return [t.target];
    case 'branch':
      return [t.then, t.else];
    case 'switch':
      return [...t.targets, t.default];
    case 'exit':
      return [];
  }
}

export function cfgOfTerms(terms: readonly Terminator[], entry = 0): Cfg {
  return { entry, succs: (b) => succsOf(terms[b]!) };
}

export function cfgOfLists(succs: readonly (readonly number[])[], entry = 0): Cfg {
  return { entry, succs: (b) => succs[b]! };
}

// ---- deterministic decisions: a pure function of (seed, block, visit number) ----

export type Decide = (block: number, visit: number, choices: number) => number;

export function hashDecider(seed: number): Decide {
  return (block, visit, choices) => {
    let h = (seed * 0x9e3779b1) ^ (block * 0x85ebca6b) ^ (visit * 0xc2b2ae35);
    h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
    h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
    h ^= h >>> 16;
    return (h >>> 0) % choices;
  };
}

export interface Trace {
  blocks: number[];
  edges: Edge[];
  /** 'exit' when an exit block was reached, 'limit' when the step limit stopped the run. */
  end: 'exit' | 'limit';
}

function choicesOf(t: Terminator): number {
  return t.kind === 'branch' ? 2 : t.kind === 'switch' ? t.targets.length + 1 : 1;
}

/** Walks the CFG directly. */
export function runCfg(input: StructInput, decide: Decide, maxBlocks: number): Trace {
  const blocks: number[] = [];
  const edges: Edge[] = [];
  const visits = new Map<number, number>();
  let cur = input.entry;
  for (;;) {
    if (blocks.length >= maxBlocks) return { blocks, edges, end: 'limit' };
    blocks.push(cur);
    const visit = visits.get(cur) ?? 0;
    visits.set(cur, visit + 1);
    const t = input.term(cur);
    if (t.kind === 'exit') return { blocks, edges, end: 'exit' };
    const index = choicesOf(t) === 1 ? 0 : decide(cur, visit, choicesOf(t));
    const to = succsOf(t)[index]!;
    edges.push({ from: cur, to, index });
    cur = to;
  }
}

class StepLimit extends Error {}

type Signal = { k: 'normal' } | { k: 'br'; depth: number } | { k: 'exit' };

/**
 * Interprets a structured tree. Throws on anything a correct tree cannot do: an if/br_table not
 * on the current block, a br/fallthrough that is not the edge just chosen, code of a block other
 * than the edge's target, a br out of the function, or falling off the end of the function.
 */
export function runStructured(nodes: readonly SNode[], input: StructInput, decide: Decide, maxBlocks: number): Trace {
  const blocks: number[] = [];
  const edges: Edge[] = [];
  const visits = new Map<number, number>();
  let current = -1;
  let choice = -1; // edge index chosen at the current block, -1 when no edge is pending
  let arriving = input.entry; // the block whose code must run next
  let inCode = false; // between a block's code and the edge that leaves it

  const choose = (block: number): number => {
    if (!inCode || block !== current) throw new Error(`terminator of b${block} evaluated while at b${current}`);
    if (choice >= 0) throw new Error(`b${block} chose twice`);
    const t = input.term(block);
    choice = decide(block, visits.get(block)! - 1, choicesOf(t));
    return choice;
  };
  const takeEdge = (e: Edge): void => {
    if (!inCode || e.from !== current) throw new Error(`edge b${e.from}->b${e.to} taken while at b${current}`);
    const t = input.term(current);
    if (t.kind === 'jump') {
      if (choice >= 0) throw new Error('jump with a pending choice');
      choice = 0;
    }
    if (e.index !== choice) throw new Error(`edge b${e.from}#${e.index} taken but #${choice} was chosen`);
    if (succsOf(t)[e.index] !== e.to) throw new Error(`edge b${e.from}#${e.index} has wrong target b${e.to}`);
    edges.push(e);
    arriving = e.to;
    choice = -1;
    inCode = false;
  };

  const exec = (seq: readonly SNode[]): Signal => {
    for (const n of seq) {
      switch (n.kind) {
        case 'code': {
          if (inCode) throw new Error(`code b${n.block} runs before b${current} left`);
          if (n.block !== arriving) throw new Error(`code b${n.block} runs but the edge went to b${arriving}`);
          if (blocks.length >= maxBlocks) throw new StepLimit();
          blocks.push(n.block);
          visits.set(n.block, (visits.get(n.block) ?? 0) + 1);
          current = n.block;
          inCode = true;
          choice = -1;
          break;
        }
        case 'block': {
          const s = exec(n.body);
          if (s.k === 'br') {
            if (s.depth > 0) return { k: 'br', depth: s.depth - 1 };
            break;
          }
          if (s.k === 'exit') return s;
          break;
        }
        case 'loop': {
          for (;;) {
            const s = exec(n.body);
            if (s.k === 'br' && s.depth === 0) continue;
            if (s.k === 'br') return { k: 'br', depth: s.depth - 1 };
            if (s.k === 'exit') return s;
            break;
          }
          break;
        }
        case 'if': {
          const c = choose(n.block);
          const s = exec(c === 0 ? n.then : n.else);
          if (s.k === 'br') {
            if (s.depth > 0) return { k: 'br', depth: s.depth - 1 };
            break;
          }
          if (s.k === 'exit') return s;
          break;
        }
        case 'br':
          takeEdge(n.edge);
          return { k: 'br', depth: n.depth };
        case 'fallthrough':
          takeEdge(n.edge);
          break;
        case 'br_table': {
          const c = choose(n.block);
          return { k: 'br', depth: c < n.depths.length ? n.depths[c]! : n.default };
        }
        case 'exit':
          if (!inCode || current !== n.block || input.term(n.block).kind !== 'exit') throw new Error(`bad exit b${n.block}`);
          return { k: 'exit' };
      }
    }
    return { k: 'normal' };
  };
  try {
    const s = exec(nodes);
    if (s.k === 'br') throw new Error('br out of the function body');
    if (s.k === 'normal') throw new Error('fell off the end of the function body');
    return { blocks, edges, end: 'exit' };
  } catch (e) {
    if (e instanceof StepLimit) return { blocks, edges, end: 'limit' };
    throw e;
  }
}

// ---- naive analyses (the oracles) ----

export function reachableFrom(cfg: Cfg, avoid = -1): Set<number> {
  const seen = new Set<number>();
  if (cfg.entry === avoid) return seen;
  const stack = [cfg.entry];
  seen.add(cfg.entry);
  while (stack.length > 0) {
    const b = stack.pop()!;
    for (const s of cfg.succs(b)) {
      if (s === avoid || seen.has(s)) continue;
      seen.add(s);
      stack.push(s);
    }
  }
  return seen;
}

/** dom[b] = set of blocks dominating b (including b), for reachable b. */
export function naiveDominators(cfg: Cfg): Map<number, Set<number>> {
  const all = reachableFrom(cfg);
  const dom = new Map<number, Set<number>>();
  for (const b of all) dom.set(b, new Set([b]));
  for (const d of all) {
    const without = reachableFrom(cfg, d);
    for (const b of all) if (!without.has(b)) dom.get(b)!.add(d);
  }
  return dom;
}

/** Reducibility by T1/T2 reduction (Hecht and Ullman), independent of dominators. */
export function reducibleByT1T2(cfg: Cfg): boolean {
  const all = reachableFrom(cfg);
  const succ = new Map<number, Set<number>>();
  const pred = new Map<number, Set<number>>();
  for (const b of all) {
    succ.set(b, new Set());
    pred.set(b, new Set());
  }
  for (const b of all) for (const s of cfg.succs(b)) {
    succ.get(b)!.add(s);
    pred.get(s)!.add(b);
  }
  let changed = true;
  while (changed) {
    changed = false;
    for (const [b, ss] of succ) {
      if (ss.has(b)) {
        ss.delete(b); // T1
        pred.get(b)!.delete(b);
        changed = true;
      }
      if (b === cfg.entry) continue;
      const ps = pred.get(b)!;
      if (ps.size !== 1) continue;
      const [p] = [...ps] as [number]; // T2: fold b into its only predecessor
      succ.get(p)!.delete(b);
      for (const s of ss) {
        pred.get(s)!.delete(b);
        succ.get(p)!.add(s);
        pred.get(s)!.add(p);
      }
      succ.delete(b);
      pred.delete(b);
      changed = true;
    }
  }
  return succ.size === 1;
}

// ---- random graphs ----

/** Small deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomGraph(rand: () => number, n: number): number[][] {
  const succs: number[][] = [];
  for (let b = 0; b < n; b++) {
    const k = Math.floor(rand() * 4);
    const list: number[] = [];
    for (let i = 0; i < k; i++) list.push(Math.floor(rand() * n));
    succs.push(list);
  }
  return succs;
}

/**
 * A random structured program (sequences, if/else, while with else/break/continue, while True,
 * switch, return, dead code) lowered to a CFG, returned as a terminator per block.
 */
export function randomStructured(rand: () => number, maxBlocks: number): Terminator[] {
  const terms: (Terminator | undefined)[] = [];
  const fresh = (): number => {
    terms.push(undefined);
    return terms.length - 1;
  };
  const pick = (k: number): number => Math.floor(rand() * k);
  interface Ctx {
    brk: number | undefined;
    cont: number | undefined;
  }
  // Lowers a statement list starting in block `cur`; returns the block control continues in, or
  // undefined when the list ended in return/break/continue.
  const stmts = (cur: number, depth: number, ctx: Ctx): number | undefined => {
    const count = 1 + pick(4);
    for (let i = 0; i < count; i++) {
      const r = stmt(cur, depth, ctx);
      if (r === undefined) {
        if (rand() < 0.15) {
          // Dead code after a jump: an unreachable block that jumps back into live code.
          const dead = fresh();
          terms[dead] = jump(cur);
        }
        return undefined;
      }
      cur = r;
    }
    return cur;
  };
  const stmt = (cur: number, depth: number, ctx: Ctx): number | undefined => {
    const deep = depth >= 4 || terms.length >= maxBlocks;
    const r = rand();
    if (deep || r < 0.2) {
      // plain statement, sometimes in a new block
      if (rand() < 0.5) return cur;
      const next = fresh();
      terms[cur] = jump(next);
      return next;
    }
    if (r < 0.4) {
      // if / else (else possibly empty)
      const t = fresh();
      const e = fresh();
      terms[cur] = branch(t, e);
      const te = stmts(t, depth + 1, ctx);
      const ee = rand() < 0.4 ? e : stmts(e, depth + 1, ctx);
      if (te === undefined && ee === undefined) return undefined;
      const j = fresh();
      if (te !== undefined) terms[te] = jump(j);
      if (ee !== undefined) terms[ee] = jump(j);
      return j;
    }
    if (r < 0.6) {
      // while cond: body [else: orelse]
      const h = fresh();
      const body = fresh();
      const orelse = fresh();
      const after = fresh();
      terms[cur] = jump(h);
      terms[h] = branch(body, orelse);
      const be = stmts(body, depth + 1, { brk: after, cont: h });
      if (be !== undefined) terms[be] = jump(h);
      const oe = rand() < 0.5 ? orelse : stmts(orelse, depth + 1, ctx);
      if (oe !== undefined) terms[oe] = jump(after);
      return after;
    }
    if (r < 0.7) {
      // while True: body (leaves only through break or return)
      const h = fresh();
      const after = fresh();
      terms[cur] = jump(h);
      const be = stmts(h, depth + 1, { brk: after, cont: h });
      if (be !== undefined) terms[be] = jump(h);
      return after;
    }
    if (r < 0.8) {
      // switch with 1-3 cases and a default
      const k = 1 + pick(3);
      const cases: number[] = [];
      for (let i = 0; i < k; i++) cases.push(fresh());
      const def = fresh();
      terms[cur] = sw(cases, def);
      const ends = [...cases, def].map((c) => stmts(c, depth + 1, ctx));
      if (ends.every((x) => x === undefined)) return undefined;
      const j = fresh();
      for (const x of ends) if (x !== undefined) terms[x] = jump(j);
      return j;
    }
    if (r < 0.87) {
      terms[cur] = exit; // return
      return undefined;
    }
    if (r < 0.94 && ctx.brk !== undefined) {
      terms[cur] = jump(ctx.brk);
      return undefined;
    }
    if (ctx.cont !== undefined) {
      terms[cur] = jump(ctx.cont);
      return undefined;
    }
    return cur;
  };
  const entry = fresh();
  const end = stmts(entry, 0, { brk: undefined, cont: undefined });
  if (end !== undefined) terms[end] = exit;
  // Blocks left without a terminator are unreachable ends (e.g. `after` of a loop never left).
  return terms.map((t) => t ?? exit);
}

/**
 * Adds up to `tries` random edges (a jump becomes a branch, a branch a switch) and keeps each one
 * only if the CFG stays reducible by T1/T2. Returns a new terminator list.
 */
export function addRandomEdges(rand: () => number, terms: readonly Terminator[], tries: number): Terminator[] {
  const out = terms.slice();
  const n = out.length;
  for (let i = 0; i < tries; i++) {
    const b = Math.floor(rand() * n);
    const to = Math.floor(rand() * n);
    const t = out[b]!;
    let nt: Terminator;
    if (t.kind === 'jump') nt = rand() < 0.5 ? branch(t.target, to) : branch(to, t.target);
    else if (t.kind === 'branch') nt = sw([t.then, t.else], to);
    else if (t.kind === 'switch') nt = sw([...t.targets, t.default], to);
    else continue;
    out[b] = nt;
    if (!reducibleByT1T2(cfgOfTerms(out))) out[b] = t;
  }
  return out;
}
