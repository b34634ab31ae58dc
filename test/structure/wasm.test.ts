// End-to-end check of structured trees as real WebAssembly: each tree becomes a wasm function
// (code = call visit, edge = call edge, if/br_table on call decide, exit = return), which wabt
// must validate (with `unreachable` appended when endReachable says so) and which, run by the
// JS engine, must visit the same blocks and edges as walking the CFG. Independent of the
// test interpreter in helpers.ts.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { endReachable, structure } from '../../src/structure/index.js';
import type { Edge, SNode, StructInput, Terminator } from '../../src/structure/types.js';
import {
  addRandomEdges,
  branch,
  exit,
  hashDecider,
  inputOf,
  jump,
  randomStructured,
  rng,
  runCfg,
  succsOf,
  sw,
  type Decide,
  type Trace,
} from './helpers.js';

function toWat(nodes: readonly SNode[]): string {
  const out: string[] = [];
  const emitEdge = (e: Edge): void => {
    out.push(`i32.const ${e.from}`, `i32.const ${e.index}`, 'call $edge');
  };
  const emit = (seq: readonly SNode[]): void => {
    for (const n of seq) {
      switch (n.kind) {
        case 'code':
          out.push(`i32.const ${n.block}`, 'call $visit');
          break;
        case 'block':
          out.push('block');
          emit(n.body);
          out.push('end');
          break;
        case 'loop':
          out.push('loop');
          emit(n.body);
          out.push('end');
          break;
        case 'if':
          out.push(`i32.const ${n.block}`, 'call $decide', 'i32.eqz', 'if');
          emit(n.then);
          out.push('else');
          emit(n.else);
          out.push('end');
          break;
        case 'br':
          emitEdge(n.edge);
          out.push(`br ${n.depth}`);
          break;
        case 'fallthrough':
          emitEdge(n.edge);
          break;
        case 'br_table':
          out.push(`i32.const ${n.block}`, 'call $decide', `br_table ${[...n.depths, n.default].join(' ')}`);
          break;
        case 'exit':
          out.push('i32.const 0', 'return');
          break;
      }
    }
  };
  emit(nodes);
  if (endReachable(nodes)) out.push('unreachable');
  return `(module
  (import "t" "visit" (func $visit (param i32)))
  (import "t" "edge" (func $edge (param i32 i32)))
  (import "t" "decide" (func $decide (param i32) (result i32)))
  (func (export "run") (result i32)
    ${out.join('\n    ')}))`;
}

// tsconfig's lib has no DOM types, so the WebAssembly global is declared as far as used here.
declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
};

class Limit extends Error {}

function runWasm(bytes: Uint8Array, input: StructInput, decide: Decide, maxBlocks: number): Trace {
  const blocks: number[] = [];
  const edges: Edge[] = [];
  const visits = new Map<number, number>();
  const choices = (t: Terminator): number => (t.kind === 'switch' ? t.targets.length + 1 : 2);
  const imports = {
    t: {
      visit(b: number): void {
        if (blocks.length >= maxBlocks) throw new Limit();
        blocks.push(b);
        visits.set(b, (visits.get(b) ?? 0) + 1);
      },
      edge(from: number, index: number): void {
        edges.push({ from, to: succsOf(input.term(from))[index]!, index });
      },
      decide(b: number): number {
        return decide(b, visits.get(b)! - 1, choices(input.term(b)));
      },
    },
  };
  const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), imports);
  try {
    (instance.exports['run'] as () => number)();
    return { blocks, edges, end: 'exit' };
  } catch (e) {
    if (e instanceof Limit) return { blocks, edges, end: 'limit' };
    throw e;
  }
}

const { default: wabtInit } = await import('wabt');
const wabt = await wabtInit();

function compile(nodes: readonly SNode[]): Uint8Array {
  const m = wabt.parseWat('t.wat', toWat(nodes));
  try {
    m.validate();
    return m.toBinary({}).buffer;
  } finally {
    m.destroy();
  }
}

function checkCase(terms: readonly Terminator[], seeds: number, what: string): void {
  const input = inputOf(terms);
  const nodes = structure(input);
  let bytes: Uint8Array;
  try {
    bytes = compile(nodes);
  } catch (e) {
    assert.unreachable(`${what}: invalid wasm: ${(e as Error).message}`);
    return;
  }
  for (let s = 0; s < seeds; s++) {
    const d = hashDecider(s * 31 + 1);
    assert.equal(runWasm(bytes, input, d, 300), runCfg(input, d, 300), `${what} seed ${s}`);
  }
}

test('hand-written shapes run as wasm like their CFG', () => {
  checkCase([branch(1, 2), jump(3), jump(3), exit], 16, 'diamond');
  checkCase([jump(0)], 1, 'infinite loop at the entry');
  checkCase([branch(1, 2), exit, branch(3, 4), exit, exit], 16, 'returns');
  checkCase([jump(1), branch(2, 9), jump(3), branch(4, 8), branch(5, 6), jump(1), branch(7, 9), jump(3), jump(1), exit], 32, 'nested');
  checkCase([sw([1, 2, 1], 3), jump(4), jump(4), exit, exit], 16, 'switch');
  checkCase([jump(1), sw([2, 1, 3], 4), jump(1), exit, jump(1)], 16, 'switch in loop');
});

test('400 random reducible CFGs validate and run as wasm like their CFG', () => {
  const rand = rng(777);
  for (let i = 0; i < 400; i++) {
    const terms = addRandomEdges(rand, randomStructured(rand, 8 + Math.floor(rand() * 40)), Math.floor(rand() * 10));
    checkCase(terms, 4, `case ${i}`);
  }
});

test.run();
