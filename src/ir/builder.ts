// FunctionBuilder: the one way the lowering creates IR. It appends instructions at a current
// block and builds SSA form for source variables on the fly (Braun et al., "Simple and
// Efficient Construction of SSA Form", CC 2013): defVar/useVar per block, block parameters
// added on demand, blocks sealed once all their predecessors are known.
import { Func, type Block, type Imm, type Inst, type Target, type Value } from './function.js';
import { OPS, type Opcode } from './ops.js';
import type { IrType } from './types.js';

export class FunctionBuilder {
  private current: Block | undefined;
  private line = 0;
  /** Per block: variable -> value defined or known there. */
  private readonly defs = new Map<Block, Map<string, Value>>();
  private readonly sealed = new Set<Block>();
  private readonly preds = new Map<Block, Block[]>();
  /** Parameters added to unsealed blocks, completed when the block is sealed. */
  private readonly incomplete = new Map<Block, { name: string; param: Value }[]>();
  private readonly varTypes = new Map<string, IrType>();

  constructor(readonly func: Func) {}

  newBlock(): Block {
    return this.func.newBlock();
  }

  /** Makes `b` the block new instructions go to. */
  switchTo(b: Block): void {
    this.current = b;
  }

  get block(): Block {
    if (this.current === undefined) throw new Error('FunctionBuilder: no current block');
    return this.current;
  }

  /** True when the current block already ends in a terminator (code after it is dead). */
  get terminated(): boolean {
    return this.current === undefined || this.func.terminator(this.current) !== undefined;
  }

  setLine(line: number): void {
    this.line = line;
  }

  /** Appends an instruction; returns its result value (or -1 as Value when it has none). */
  emit(op: Opcode, args: Value[] = [], imm?: Imm, resultType?: IrType | null): Value {
    const info = OPS[op];
    if (info.terminator) throw new Error(`FunctionBuilder.emit: ${op} is a terminator; use the branch methods`);
    const rt = resultType !== undefined ? resultType : info.result === 'callee' ? null : info.result;
    const inst = this.func.makeInst(op, args, imm, rt, [], this.line);
    this.append(inst);
    return this.func.insts[inst].result ?? (-1 as Value);
  }

  private append(inst: Inst): void {
    const b = this.block;
    if (this.func.terminator(b) !== undefined) throw new Error(`FunctionBuilder: block b${b} is already terminated`);
    this.func.blocks[b].insts.push(inst);
  }

  private terminate(op: Opcode, args: Value[], targets: Target[]): void {
    const inst = this.func.makeInst(op, args, undefined, null, targets, this.line);
    this.append(inst);
    for (const t of targets) {
      const p = this.preds.get(t.block) ?? [];
      p.push(this.block);
      this.preds.set(t.block, p);
    }
  }

  /** Does some terminator built so far jump to `block`? (Every edge is made by terminate.) */
  hasPreds(block: Block): boolean {
    return (this.preds.get(block)?.length ?? 0) > 0;
  }

  jump(to: Block, args: Value[] = []): void {
    this.terminate('jump', [], [{ block: to, args }]);
  }

  br(cond: Value, then: Block, els: Block, thenArgs: Value[] = [], elseArgs: Value[] = []): void {
    this.terminate('br', [cond], [
      { block: then, args: thenArgs },
      { block: els, args: elseArgs },
    ]);
  }

  checkExc(ok: Block, handler: Block, handlerArgs: Value[] = []): void {
    this.terminate('check.exc', [], [
      { block: ok, args: [] },
      { block: handler, args: handlerArgs },
    ]);
  }

  ret(values: Value[]): void {
    this.terminate('ret', values, []);
  }

  unreachable(): void {
    this.terminate('unreachable', [], []);
  }

  // ---- SSA construction for source variables --------------------------------------------------

  declareVar(name: string, type: IrType): void {
    this.varTypes.set(name, type);
  }

  defVar(name: string, v: Value, block: Block = this.block): void {
    let m = this.defs.get(block);
    if (!m) this.defs.set(block, (m = new Map()));
    m.set(name, v);
  }

  /** The value of `name` at the end of the current block; undefined when it may be unbound. */
  useVar(name: string, block: Block = this.block): Value {
    const local = this.defs.get(block)?.get(name);
    if (local !== undefined) return local;
    return this.useVarRecursive(name, block);
  }

  private useVarRecursive(name: string, block: Block): Value {
    let v: Value;
    const type = this.varTypes.get(name);
    if (type === undefined) throw new Error(`FunctionBuilder: variable ${name} not declared`);
    if (!this.sealed.has(block)) {
      v = this.func.addBlockParam(block, type);
      const inc = this.incomplete.get(block) ?? [];
      inc.push({ name, param: v });
      this.incomplete.set(block, inc);
    } else {
      const preds = this.preds.get(block) ?? [];
      if (preds.length === 1) {
        v = this.useVar(name, preds[0]);
      } else {
        v = this.func.addBlockParam(block, type);
        this.defVar(name, v, block);
        this.addParamArgs(name, block, v);
      }
    }
    this.defVar(name, v, block);
    return v;
  }

  /** Passes the variable's value along every incoming edge of `block` for its new parameter. */
  private addParamArgs(name: string, block: Block, param: Value): void {
    const index = this.func.blocks[block].params.indexOf(param);
    for (const pred of this.preds.get(block) ?? []) {
      const term = this.func.terminator(pred);
      if (term === undefined) throw new Error(`FunctionBuilder: predecessor b${pred} has no terminator`);
      const value = this.useVar(name, pred);
      for (const t of this.func.insts[term].targets) {
        if (t.block === block && t.args.length === index) t.args.push(value);
      }
    }
  }

  /** Declares that every predecessor of `block` is now known. */
  seal(block: Block): void {
    if (this.sealed.has(block)) return;
    this.sealed.add(block);
    for (const { name, param } of this.incomplete.get(block) ?? []) this.addParamArgs(name, block, param);
    this.incomplete.delete(block);
  }

  /** Seals every block (call at the end of a function). */
  sealAll(): void {
    for (const b of this.func.blockOrder) this.seal(b);
  }
}
