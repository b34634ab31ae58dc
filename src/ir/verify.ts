// The IR verifier. Run after every pass in tests (and with --verify). Invariants:
//   1. every block in the layout ends in exactly one terminator, and has none elsewhere;
//   2. the entry block's parameters have the function's parameter types, and no branch
//      targets the entry block;
//   3. every instruction matches its row of the op table: operand count and types, immediate
//      kind, result present exactly when the op has one, with the op's result type;
//   4. every target names a block in the layout, with one argument per block parameter, of the
//      parameter's type;
//   5. `ret` returns the function's result types; a `call` names a known function and matches
//      its signature; a `func.ref` names a known function of type (obj, obj...) -> obj;
//   6. every instruction appears in exactly one block, at most once;
//   7. every use of a value is dominated by its definition (same block: defined earlier);
//   8. the CFG is reducible (the structurer relies on it).
// Errors name the function, block and instruction.
import { DomTree } from './analysis/dominators.js';
import { irreducibleEdges } from './analysis/loops.js';
import type { Block, Func, FuncSig, Inst, IrModule, Value } from './function.js';
import { OPS } from './ops.js';
import { printValue } from './print.js';

export class VerifyError extends Error {}

export type SigLookup = (name: string) => FuncSig | undefined;

export function verifyModule(m: IrModule, externalSigs: SigLookup = () => undefined): void {
  const sigs: SigLookup = (name) => {
    const f = m.func(name);
    return f ? { params: f.params, results: f.results } : externalSigs(name);
  };
  for (const f of m.funcs) if (!f.frozen) verifyFunc(f, sigs); // precompiled: verified when built
}

export function verifyFunc(f: Func, sigs: SigLookup): void {
  const errors: string[] = [];
  const err = (where: string, msg: string) => errors.push(`@${f.name} ${where}: ${msg}`);
  const inLayout = new Set<Block>(f.blockOrder);
  const defBlock = new Map<Value, Block>();
  const defIndex = new Map<Value, number>();
  const seenInsts = new Set<Inst>();

  if (!f.blockOrder.length) err('', 'has no blocks');
  const entry = f.entry;
  if (entry !== undefined) {
    const ps = f.blocks[entry].params;
    if (ps.length !== f.params.length || ps.some((p, i) => f.typeOf(p) !== f.params[i])) {
      err(`b${entry}`, `entry block parameters (${ps.map((p) => f.typeOf(p)).join(', ')}) do not match the signature (${f.params.join(', ')})`);
    }
  }
  for (const b of f.blockOrder) {
    for (const p of f.blocks[b].params) {
      defBlock.set(p, b);
      defIndex.set(p, -1);
    }
    f.blocks[b].insts.forEach((i, k) => {
      const r = f.insts[i].result;
      if (r !== undefined) {
        defBlock.set(r, b);
        defIndex.set(r, k);
      }
    });
  }

  for (const b of f.blockOrder) {
    const insts = f.blocks[b].insts;
    if (!insts.length || !OPS[f.insts[insts[insts.length - 1]].op].terminator) err(`b${b}`, 'does not end in a terminator');
    insts.forEach((i, k) => {
      const d = f.insts[i];
      const info = OPS[d.op];
      const where = `b${b} inst ${k} (${d.op})`;
      if (seenInsts.has(i)) err(where, 'instruction placed twice');
      seenInsts.add(i);
      if (info.terminator && k !== insts.length - 1) err(where, 'terminator in the middle of a block');
      // Operands.
      const sig = d.op === 'call' ? sigs(String(d.imm)) : undefined;
      if (d.op === 'call') {
        if (!sig) err(where, `calls unknown function @${String(d.imm)}`);
        else {
          if (d.args.length !== sig.params.length) err(where, `@${String(d.imm)} takes ${sig.params.length} arguments, given ${d.args.length}`);
          d.args.forEach((a, j) => {
            if (sig.params[j] && f.typeOf(a) !== sig.params[j]) err(where, `argument ${j} is ${f.typeOf(a)}, @${String(d.imm)} expects ${sig.params[j]}`);
          });
          const want = sig.results[0];
          if (d.result === undefined ? false : f.typeOf(d.result) !== want) err(where, `result type ${f.typeOf(d.result!)} but @${String(d.imm)} returns ${want ?? 'nothing'}`);
        }
      } else if (d.op === 'ret') {
        if (d.args.length !== f.results.length || d.args.some((a, j) => f.typeOf(a) !== f.results[j])) {
          err(where, `returns (${d.args.map((a) => f.typeOf(a)).join(', ')}), function returns (${f.results.join(', ')})`);
        }
      } else {
        const spec = info.args;
        const variadic = spec[spec.length - 1] === '...';
        const fixed = variadic ? spec.length - 2 : spec.length;
        if (variadic ? d.args.length < fixed : d.args.length !== fixed) err(where, `takes ${fixed} operands, given ${d.args.length}`);
        d.args.forEach((a, j) => {
          const t = j < fixed ? spec[j] : spec[spec.length - 2];
          if (t !== 'any' && t !== '...' && t !== undefined && f.typeOf(a) !== t) err(where, `operand ${j} (${printValue(a)}) is ${f.typeOf(a)}, expected ${t}`);
        });
        if (info.result === null || info.result === 'callee') {
          if (d.result !== undefined) err(where, 'has a result but the op has none');
        } else if (d.result === undefined) err(where, 'has no result');
        else if (f.typeOf(d.result) !== info.result) err(where, `result is ${f.typeOf(d.result)}, expected ${info.result}`);
      }
      if (d.op === 'func.ref') {
        // A table entry is called through call.indirect as (obj, obj...) -> obj: env first.
        const target = sigs(String(d.imm));
        if (!target) err(where, `refers to unknown function @${String(d.imm)}`);
        else if (!target.params.length || target.params.some((t) => t !== 'obj') || target.results.length !== 1 || target.results[0] !== 'obj') {
          err(where, `@${String(d.imm)} has type (${target.params.join(', ')}) -> (${target.results.join(', ')}); a table entry must be (obj, obj...) -> obj`);
        }
      }
      // Immediate.
      const immOk =
        info.imm === 'none' ? d.imm === undefined
        : info.imm === 'int' ? typeof d.imm === 'bigint'
        : info.imm === 'float' ? typeof d.imm === 'number'
        : typeof d.imm === 'string';
      if (!immOk) err(where, `immediate ${String(d.imm)} is not of kind ${info.imm}`);
      // Targets.
      if (info.terminator) {
        const want = d.op === 'jump' ? 1 : d.op === 'br' || d.op === 'check.exc' ? 2 : 0;
        if (d.targets.length !== want) err(where, `has ${d.targets.length} targets, expected ${want}`);
      } else if (d.targets.length) err(where, 'is not a terminator but has targets');
      for (const t of d.targets) {
        if (!inLayout.has(t.block)) {
          err(where, `targets b${t.block}, which is not in the function`);
          continue;
        }
        if (t.block === entry) err(where, 'branches to the entry block');
        const ps = f.blocks[t.block].params;
        if (ps.length !== t.args.length) err(where, `passes ${t.args.length} arguments to b${t.block}, which has ${ps.length} parameters`);
        t.args.forEach((a, j) => {
          if (ps[j] !== undefined && f.typeOf(a) !== f.typeOf(ps[j])) err(where, `argument ${j} to b${t.block} is ${f.typeOf(a)}, parameter is ${f.typeOf(ps[j])}`);
        });
      }
    });
  }
  if (errors.length) throw new VerifyError(errors.join('\n'));

  // Dominance of definitions over uses, and reducibility.
  const cfg = { entry, succs: (b: number) => f.successors(b as Block) };
  const dom = DomTree.compute(cfg);
  const bad = irreducibleEdges(cfg, dom);
  if (bad.length) throw new VerifyError(`@${f.name}: the control flow graph is irreducible (edge b${bad[0].from} -> b${bad[0].to})`);
  for (const b of f.blockOrder) {
    if (!dom.isReachable(b)) continue;
    f.blocks[b].insts.forEach((i, k) => {
      const d = f.insts[i];
      const uses = [...d.args, ...d.targets.flatMap((t) => t.args)];
      for (const u of uses) {
        const db = defBlock.get(u);
        const ok = db !== undefined && (db === b ? (defIndex.get(u) ?? 0) < k : dom.dominates(db, b));
        if (!ok) err(`b${b} inst ${k} (${d.op})`, `use of ${printValue(u)} is not dominated by its definition`);
      }
    });
  }
  if (errors.length) throw new VerifyError(errors.join('\n'));
}
