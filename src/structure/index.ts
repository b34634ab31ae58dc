// Public entry of the structurer: SSA CFG (as StructInput) to structured wasm control.
export type { Edge, SNode, StructInput, Terminator } from './types.js';
export { structure, structInputCfg, endReachable, IrreducibleError } from './structure.js';
export { printStructured } from './print.js';
export { verifyStructured } from './verify.js';
