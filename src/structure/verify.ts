// Static checks of a structured tree against its CFG (the invariants listed on SNode in
// types.ts): depths in range, nothing after br/br_table/exit, each reachable block's code once
// and followed by its own terminator's node, each CFG edge exactly once as br or fallthrough.
// Run-time behaviour (that each branch lands on its edge's target) is tested by interpretation.
import { edges as cfgEdges, reversePostorder } from '../ir/analysis/cfg.js';
import { structInputCfg } from './structure.js';
import type { SNode, StructInput } from './types.js';

/** Returns a list of problems; empty when the tree is well formed for `input`. */
export function verifyStructured(input: StructInput, nodes: readonly SNode[], rotate?: (header: number) => boolean): string[] {
  const problems: string[] = [];
  const cfg = structInputCfg(input);
  const rpo = reversePostorder(cfg);
  const codeSeen = new Map<number, number>();
  const edgeSeen = new Map<string, number>();
  const key = (from: number, index: number): string => `${from}#${index}`;

  const walk = (seq: readonly SNode[], depth: number): void => {
    for (let i = 0; i < seq.length; i++) {
      const n = seq[i]!;
      const next = seq[i + 1];
      if ((n.kind === 'br' || n.kind === 'br_table' || n.kind === 'exit') && next !== undefined) {
        problems.push(`${n.kind} is followed by ${next.kind} in the same sequence`);
      }
      switch (n.kind) {
        case 'code': {
          codeSeen.set(n.block, (codeSeen.get(n.block) ?? 0) + 1);
          const t = input.term(n.block);
          const ok =
            next !== undefined &&
            (t.kind === 'exit'
              ? next.kind === 'exit' && next.block === n.block
              : t.kind === 'branch'
                ? next.kind === 'if' && next.block === n.block
                : t.kind === 'switch'
                  ? next.kind === 'br_table' && next.block === n.block
                  : (next.kind === 'br' || next.kind === 'fallthrough') && next.edge.from === n.block);
          if (!ok) problems.push(`code b${n.block} is not followed by its ${t.kind} terminator`);
          break;
        }
        case 'block':
          walk(n.body, depth + 1);
          break;
        case 'loop':
          walk(n.body, depth + 1);
          break;
        case 'if':
          walk(n.then, depth + 1);
          walk(n.else, depth + 1);
          break;
        case 'br':
        case 'fallthrough': {
          if (n.kind === 'br' && (n.depth < 0 || n.depth >= depth)) problems.push(`br ${n.depth} out of range (${depth} labels)`);
          const succ = cfg.succs(n.edge.from)[n.edge.index];
          if (succ !== n.edge.to) problems.push(`edge b${n.edge.from}#${n.edge.index}->b${n.edge.to} is not in the CFG`);
          const k = key(n.edge.from, n.edge.index);
          edgeSeen.set(k, (edgeSeen.get(k) ?? 0) + 1);
          break;
        }
        case 'br_table': {
          const t = input.term(n.block);
          if (t.kind !== 'switch' || t.targets.length !== n.depths.length) problems.push(`br_table b${n.block} does not match its switch`);
          for (const d of [...n.depths, n.default]) if (d < 0 || d >= depth) problems.push(`br_table depth ${d} out of range (${depth} labels)`);
          break;
        }
        case 'exit':
          break;
      }
    }
  };
  walk(nodes, 0);

  // A rotated loop header (structure's `rotate`) has its code, and so its edges, once more per
  // back edge.
  const copies = (b: number): number => (rotate?.(b) ? (codeSeen.get(b) ?? 0) : 1);
  for (const b of rpo) {
    const c = codeSeen.get(b) ?? 0;
    if (c !== 1 && !(c > 1 && rotate?.(b))) problems.push(`code b${b} appears ${c} times`);
  }
  const reachable = new Set(rpo);
  for (const [b] of codeSeen) if (!reachable.has(b)) problems.push(`code b${b} is unreachable in the CFG`);
  for (const e of cfgEdges(cfg, rpo)) {
    const c = edgeSeen.get(key(e.from, e.index)) ?? 0;
    if (c !== copies(e.from)) problems.push(`edge b${e.from}#${e.index}->b${e.to} appears ${c} times`);
  }
  return problems;
}
