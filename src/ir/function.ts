// The IR's data: modules, functions, blocks with parameters (no phis), instructions, values.
// Entities are typed ids (branded numbers) indexing arrays in their Func; the order of blocks
// and of instructions inside a block (the layout) is kept apart from the data, so passes can
// reorder or drop instructions without renumbering.
import { OPS, type Opcode } from './ops.js';
import type { IrType } from './types.js';
import type { Frozen } from '../link/artifact.js';

export type Value = number & { readonly __brand: 'Value' };
export type Block = number & { readonly __brand: 'Block' };
export type Inst = number & { readonly __brand: 'Inst' };

export type Imm = bigint | number | string | undefined;

export interface Target {
  block: Block;
  args: Value[];
}

export interface InstData {
  op: Opcode;
  args: Value[];
  imm: Imm;
  /** The result value, for ops that have one. */
  result: Value | undefined;
  /** Successors, for terminators. */
  targets: Target[];
  /** The Python source line (for tracebacks); 0 when none. */
  line: number;
}

export interface BlockData {
  params: Value[];
  insts: Inst[];
}

export type ValueDef = { kind: 'inst'; inst: Inst } | { kind: 'param'; block: Block; index: number };

export class Func {
  readonly valueTypes: IrType[] = [];
  readonly valueDefs: ValueDef[] = [];
  readonly insts: InstData[] = [];
  readonly blocks: BlockData[] = [];
  /** Layout: the blocks in order; the first is the entry, whose params are the function's. */
  blockOrder: Block[] = [];
  /** Called by the runtime too (a generator's resume function): inference must assume any
   * arguments, since those calls are not in the program it analyses. */
  calledFromRuntime = false;
  /** A precompiled runtime function (src/link): it has no body here; the passes read its facts
   * and the code generator emits its recorded code. */
  frozen?: Frozen;
  /** One of the runtime's stubs (STUB_NAMES, src/lower/program.ts) in a program that replaced
   * one of them with a dispatcher over its own classes, generators or modules: the
   * interprocedural passes (inline, checkelim, depth, gcroots) take nothing from its body (it
   * may raise, allocate, collect and run user code, and is never inlined), so the runtime
   * functions that call it optimize the same in every such program and can be precompiled
   * (src/link). */
  opaque?: boolean;
  /** Blocks that must start with a collection poll (gcroots places it): the exits of a loop
   * outlined into this function (src/passes/outline.ts), after which nothing allocates before
   * it returns, so its caller can read the values it left in memory with no collection between. */
  pollAt?: Set<Block>;
  /** (specialize) Every result this user function returns is proven an int (not a bool): the
   * tailacc pass may then reassociate `x + f(...)` returns. */
  retInt?: boolean;
  /** (range) The operands x of this function's `x + f(...)` adds (f itself) that are proven
   * >= 0: when every tail site's x is, tailacc's accumulator never goes negative. */
  tailNonNeg?: Set<Value>;
  /** (tailacc) The function runs its self-recursion as a loop: this i32 block parameter of the
   * loop header is the depth of the iteration's frame (depth-param counts from it). */
  tailDepth?: Value;

  constructor(
    public name: string,
    public params: IrType[],
    public results: IrType[],
  ) {}

  get entry(): Block {
    return this.blockOrder[0];
  }

  newBlock(): Block {
    const b = this.blocks.length as Block;
    this.blocks.push({ params: [], insts: [] });
    this.blockOrder.push(b);
    return b;
  }

  addBlockParam(block: Block, type: IrType): Value {
    const v = this.newValue(type, { kind: 'param', block, index: this.blocks[block].params.length });
    this.blocks[block].params.push(v);
    return v;
  }

  newValue(type: IrType, def: ValueDef): Value {
    const v = this.valueTypes.length as Value;
    this.valueTypes.push(type);
    this.valueDefs.push(def);
    return v;
  }

  /** Creates an instruction (not yet placed in a block); its result type is `resultType`. */
  makeInst(op: Opcode, args: Value[], imm: Imm, resultType: IrType | null, targets: Target[] = [], line = 0): Inst {
    const inst = this.insts.length as Inst;
    const data: InstData = { op, args, imm, result: undefined, targets, line };
    this.insts.push(data);
    if (resultType) data.result = this.newValue(resultType, { kind: 'inst', inst });
    return inst;
  }

  typeOf(v: Value): IrType {
    return this.valueTypes[v];
  }

  terminator(b: Block): Inst | undefined {
    const insts = this.blocks[b].insts;
    const last = insts[insts.length - 1];
    return last !== undefined && OPS[this.insts[last].op].terminator ? last : undefined;
  }

  successors(b: Block): Block[] {
    const t = this.terminator(b);
    const r: Block[] = [];
    if (t === undefined) return r;
    // (a loop, not targets.map: the passes call this often, and the compiler runs without
    // V8's optimizing tier, bin/keel.js, where a callback per target costs a call)
    const ts = this.insts[t].targets;
    for (let k = 0; k < ts.length; k++) r.push(ts[k].block);
    return r;
  }
}

export interface FuncSig {
  params: IrType[];
  results: IrType[];
}

export class IrModule {
  readonly funcs: Func[] = [];
  /** Module globals by name (Python module-level variables), in order of first definition. */
  readonly globals: string[] = [];
  /** Per class id of the program, the special methods (`__add__`, `__lt__`...) that resolve to a
   * plain two-parameter method, by name, with its IR function (classes.ts; the specialize pass
   * calls them directly on instances of a known class). */
  readonly specialMethods = new Map<number, Map<string, string>>();
  /** The attribute names a module object may give rt_getattr from its module's globals (the
   * program's modules used as values, src/lower/modules.ts): inference takes such a read to be
   * anything, not only what was stored under the name as an attribute. */
  moduleAttrNames?: Set<string>;
  /** Per class id of a class whose attributes the program alone decides (every base a class
   * statement of the program, no __getattr__ / __getattribute__): every name its MRO's class
   * namespaces define (classes.ts recordClassNames). Inference reads an attribute missing from it
   * as an instance attribute only. */
  readonly classNames = new Map<number, ReadonlySet<string>>();
  /** (pobj) Per class id of every class statement of the program: the byte offset of each
   * instance slot by attribute name, and whether its slots may hold raw f64s (not an exception,
   * no built-in base: src/passes/rawslots.ts). */
  readonly classSlots = new Map<number, { offsets: ReadonlyMap<string, number>; plain: boolean }>();

  addFunc(f: Func): Func {
    this.funcs.push(f);
    return f;
  }

  func(name: string): Func | undefined {
    const fs = this.funcs;
    for (let k = 0; k < fs.length; k++) if (fs[k].name === name) return fs[k];
    return undefined;
  }

  global(name: string): number {
    let i = this.globals.indexOf(name);
    if (i < 0) i = this.globals.push(name) - 1;
    return i;
  }
}
