// Every row of the opcode table: a function using it is built through the encoder and written as
// WAT; wabt must validate our module, our code section must equal wabt's assembly of the WAT body
// by body, and the disassembly must show the instruction. The last test checks the coverage.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { OPCODES, type FuncBuilder, type OpInfo, type OpName, type ValType } from '../../src/wasm/index.js';
import { Pair, assemble, codeBodies, hex, loadWabt, validateAndPrint } from './harness.js';

const wabt = await loadWabt();
const covered = new Set<string>();

/** The immediate used for a fixed-signature row: builder args and WAT text. */
function immFor(info: OpInfo, env: Env): { args: unknown[]; wat: string } {
  switch (info.imm) {
    case 'none':
    case 'memory':
    case 'memory_copy':
      return { args: [], wat: '' };
    case 'memarg':
      // vary the forms: default (natural align), explicit offset, explicit smaller align
      if (info.n > 0 && info.code % 2 === 0) return { args: [{ align: info.n - 1, offset: 3 }], wat: ` offset=3 align=${1 << (info.n - 1)}` };
      if (info.code % 3 === 0) return { args: [], wat: '' };
      return { args: [{ offset: 70000 }], wat: ' offset=70000' };
    case 'memarg_lane': {
      const lane = (16 >> info.n) - 1;
      return { args: [{ offset: 4 }, lane], wat: ` offset=4 ${lane}` };
    }
    case 'lane':
      return { args: [info.n - 1], wat: ` ${info.n - 1}` };
    case 'i32':
      return { args: [-123456], wat: ' -123456' };
    case 'i64':
      return { args: [-(2n ** 40n) + 7n], wat: ` ${-(2n ** 40n) + 7n}` };
    case 'f32':
      return { args: [1.5], wat: ' 1.5' };
    case 'f64':
      return { args: [0.1], wat: ' 0.1' };
    case 'v128': {
      const b = Uint8Array.from({ length: 16 }, (_, i) => i * 17);
      return { args: [b], wat: ` i8x16 ${[...b].join(' ')}` };
    }
    case 'shuffle': {
      const l = Array.from({ length: 16 }, (_, i) => (i * 7) % 32);
      return { args: [l], wat: ` ${l.join(' ')}` };
    }
    case 'memory_init':
      return { args: [env.d0], wat: ' $d0' };
    case 'data':
      return { args: [env.d0], wat: ' $d0' };
    case 'elem':
      return { args: [env.e0], wat: ' $e0' };
    case 'table_init':
      return { args: [env.e0, env.t2], wat: ' $tb2 $e0' };
    case 'table_copy':
      return { args: [env.t2, env.t0], wat: ' $tb2 $tb0' };
    case 'table':
      return { args: [env.t1], wat: ' $tb1' };
    case 'func':
      return { args: [env.imp], wat: ' $imp' };
    default:
      throw new Error(`no fixed-signature immediate for ${info.imm} (${info.name})`);
  }
}

interface Env {
  p: Pair;
  imp: import('../../src/wasm/index.js').FuncRef;
  t0: import('../../src/wasm/index.js').TableRef;
  t1: import('../../src/wasm/index.js').TableRef;
  t2: import('../../src/wasm/index.js').TableRef;
  g: import('../../src/wasm/index.js').GlobalRef;
  e0: import('../../src/wasm/index.js').ElemRef;
  d0: import('../../src/wasm/index.js').DataRef;
}

function setup(simd: boolean): Env {
  const p = new Pair(simd);
  p.watType(['i32'], ['i32']);
  const imp = p.mb.importFunc('env', 'imp', ['i32'], ['i32']);
  p.head.push('(import "env" "imp" (func $imp (type $t0)))');
  p.mb.memory({ min: 1 });
  p.head.push('(memory 1)');
  const t0 = p.mb.table({ min: 4 });
  const t1 = p.mb.table({ min: 4, max: 10, type: 'externref' });
  const t2 = p.mb.table({ min: 2, type: 'funcref' });
  p.head.push('(table $tb0 4 funcref)', '(table $tb1 4 10 externref)', '(table $tb2 2 funcref)');
  const g = p.mb.global('i32', { mutable: true, name: 'g' }, 0);
  p.head.push('(global $g (mut i32) (i32.const 0))');
  const e0 = p.mb.elem([imp]);
  p.head.push('(elem $e0 func $imp)');
  const d0 = p.mb.data(new TextEncoder().encode('abc'));
  p.head.push('(data $d0 "abc")');
  return { p, imp, t0, t1, t2, g, e0, d0 };
}

/** One function per fixed-signature row: get each param, the instruction, return. */
function addFixedRows(env: Env, rows: readonly OpInfo[]): void {
  for (const info of rows) {
    if (info.sig === null) continue;
    const params = info.sig.params as ValType[];
    const results = info.sig.results as ValType[];
    const { args, wat } = immFor(info, env);
    const gets = params.map((_, i) => `local.get ${i}`);
    const f = env.p.func(info.name, params, results, [], [...gets, `${info.name}${wat}`].join('\n    '));
    params.forEach((_, i) => f.emit('local.get', i));
    f.emitDynamic(info.name, args);
  }
}

type Step = [OpName, ...unknown[]];
/** A hand-written function for rows whose types are not fixed. */
function addCase(env: Env, name: string, params: ValType[], results: ValType[], locals: ValType[], steps: Step[], wat: string[]): FuncBuilder {
  const f = env.p.func(name, params, results, locals, wat.join('\n    '));
  for (const [op, ...args] of steps) f.emitDynamic(op, args);
  return f;
}

function addControlRows(env: Env): void {
  const mv = env.p.type(['i32', 'i32'], ['i32', 'i64']);
  addCase(env, 'unreachable', [], [], [], [['unreachable']], ['unreachable']);
  addCase(env, 'block+br_if', ['i32'], ['i32'], [],
    [['block', 'i32'], ['i32.const', 1], ['local.get', 0], ['br_if', 0], ['drop'], ['i32.const', 2], ['end']],
    ['block (result i32)', 'i32.const 1', 'local.get 0', 'br_if 0', 'drop', 'i32.const 2', 'end']);
  addCase(env, 'loop+br', ['i32'], [], [],
    [['loop', null], ['local.get', 0], ['if', null], ['br', 1], ['end'], ['end']],
    ['loop', 'local.get 0', 'if', 'br 1', 'end', 'end']);
  addCase(env, 'if+else', ['i32'], ['f64'], [],
    [['local.get', 0], ['if', 'f64'], ['f64.const', 1], ['else'], ['f64.const', -2.5], ['end']],
    ['local.get 0', 'if (result f64)', 'f64.const 1', 'else', 'f64.const -2.5', 'end']);
  addCase(env, 'br_table', ['i32'], ['i32'], [],
    [['block', null], ['block', null], ['local.get', 0], ['br_table', [0, 1, 0], 1], ['end'], ['end'], ['i32.const', 7], ['return']],
    ['block', 'block', 'local.get 0', 'br_table 0 1 0 1', 'end', 'end', 'i32.const 7', 'return']);
  addCase(env, 'multi-value block', [], ['i32', 'i64'], [],
    [['i32.const', 1], ['i32.const', 2], ['block', mv.ref], ['i64.extend_i32_u'], ['end']],
    ['i32.const 1', 'i32.const 2', `block (type ${mv.wat}) (param i32 i32) (result i32 i64)`, 'i64.extend_i32_u', 'end']);
  const sig = env.p.type(['i32'], ['i32']);
  addCase(env, 'call+call_indirect', ['i32'], ['i32'], [],
    [['local.get', 0], ['call', env.imp], ['i32.const', 0], ['call_indirect', sig.ref], ['i32.const', 1], ['call_indirect', sig.ref, env.t2]],
    ['local.get 0', 'call $imp', 'i32.const 0', `call_indirect (type ${sig.wat})`, 'i32.const 1', `call_indirect $tb2 (type ${sig.wat})`]);
  addCase(env, 'drop+select', ['i64', 'i64', 'i32'], ['i64'], [],
    [['local.get', 0], ['local.get', 1], ['local.get', 2], ['select'], ['i32.const', 3], ['drop']],
    ['local.get 0', 'local.get 1', 'local.get 2', 'select', 'i32.const 3', 'drop']);
  addCase(env, 'select_t', ['i32'], ['externref'], [],
    [['ref.null', 'externref'], ['ref.null', 'externref'], ['local.get', 0], ['select_t', ['externref']]],
    ['ref.null extern', 'ref.null extern', 'local.get 0', 'select (result externref)']);
  addCase(env, 'locals', ['f32'], ['f32'], ['i32', 'i32', 'f32', 'i64'],
    [['local.get', 0], ['local.set', 3], ['local.get', 3], ['local.tee', 3]],
    ['local.get 0', 'local.set 3', 'local.get 3', 'local.tee 3']);
  addCase(env, 'globals', [], ['i32'], [],
    [['global.get', env.g], ['i32.const', 1], ['i32.add'], ['global.set', env.g], ['global.get', env.g]],
    ['global.get $g', 'i32.const 1', 'i32.add', 'global.set $g', 'global.get $g']);
  addCase(env, 'tables', ['i32'], ['i32'], [],
    [['local.get', 0], ['table.get', env.t0], ['drop'], ['local.get', 0], ['ref.func', env.imp], ['table.set', env.t2],
     ['ref.null', 'externref'], ['i32.const', 2], ['table.grow', env.t1], ['drop'],
     ['i32.const', 0], ['ref.null', 'funcref'], ['i32.const', 1], ['table.fill', env.t0],
     ['local.get', 0], ['table.get', env.t1], ['ref.is_null']],
    ['local.get 0', 'table.get $tb0', 'drop', 'local.get 0', 'ref.func $imp', 'table.set $tb2',
     'ref.null extern', 'i32.const 2', 'table.grow $tb1', 'drop',
     'i32.const 0', 'ref.null func', 'i32.const 1', 'table.fill $tb0',
     'local.get 0', 'table.get $tb1', 'ref.is_null']);
  addCase(env, 'table.init default', [], [], [],
    [['i32.const', 0], ['i32.const', 0], ['i32.const', 1], ['table.init', env.e0]],
    ['i32.const 0', 'i32.const 0', 'i32.const 1', 'table.init $e0']);
}

function compare(env: Env, simd: boolean): string {
  const ours = env.p.mb.encode();
  const text = validateAndPrint(wabt, ours, simd);
  const ref = assemble(wabt, env.p.wat(), simd);
  const a = codeBodies(ours);
  const b = codeBodies(ref);
  assert.is(a.length, b.length, 'function count');
  for (let i = 0; i < a.length; i++) {
    if (hex(a[i]!) !== hex(b[i]!)) assert.fixture(hex(a[i]!), hex(b[i]!), `body of '${env.p.funcs[i]!.name}'`);
  }
  for (const f of env.p.funcs) for (const id of f.ops) covered.add(OPCODES[id]!.name);
  return text;
}

/** Splits wabt's text into function name -> text. */
function funcTexts(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const parts = text.split(/\n  \(func /).slice(1);
  for (const p of parts) {
    const name = /^\$(\S+)/.exec(p)![1]!;
    out.set(name, p.split(/\n  \((?!local)/)[0]!);
  }
  return out;
}

function checkDisassembly(text: string, rows: readonly OpInfo[]): void {
  const funcs = funcTexts(text);
  for (const info of rows) {
    if (info.sig === null) continue;
    const body = funcs.get(info.name);
    assert.ok(body !== undefined, `function ${info.name} in the disassembly`);
    const re = new RegExp(`\\n\\s+${info.name.replace(/\./g, '\\.')}(\\s|\\)|$)`);
    assert.ok(re.test(body!), `disassembly of ${info.name} shows the instruction:\n${body}`);
  }
}

test('every non-SIMD row: validates, matches wabt, disassembles', () => {
  const env = setup(false);
  const rows = OPCODES.filter((o) => o.feature === null);
  addFixedRows(env, rows);
  addControlRows(env);
  const text = compare(env, false);
  checkDisassembly(text, rows);
  const expected = [/unreachable/, /block \$B\d+ \(result i32\)/, /br_if \$B\d+/, /loop \$L\d+/, /else/, /br_table \$B\d+ \$B\d+ \$B\d+ \$B\d+/,
    /call_indirect \$T2 \(type \$t\d+\)/, /select \(result externref\)/, /table\.fill \$T0/, /ref\.is_null/, /local\.tee \$l3/, /global\.set \$g/,
    /block \$B\d+ \(param i32 i32\) \(result i32 i64\)/];
  for (const re of expected) assert.ok(re.test(text), `disassembly matches ${re}`);
});

test('every SIMD row: validates, matches wabt, disassembles', () => {
  const env = setup(true);
  const rows = OPCODES.filter((o) => o.feature === 'simd');
  addFixedRows(env, rows);
  // v128 locals, params and a v128 global also need the flag; exercise them once here
  const g = env.p.mb.global('v128', { mutable: true, name: 'gv' }, { op: 'v128.const', value: new Uint8Array(16) });
  env.p.head.push('(global $gv (mut v128) (v128.const i64x2 0 0))');
  addCase(env, 'v128 local', ['v128'], ['v128'], ['v128'],
    [['local.get', 0], ['local.set', 1], ['local.get', 1], ['global.set', g], ['global.get', g]],
    ['local.get 0', 'local.set 1', 'local.get 1', 'global.set $gv', 'global.get $gv']);
  const text = compare(env, true);
  checkDisassembly(text, rows);
});

test('every row of the opcode table is exercised', () => {
  const missing = OPCODES.filter((o) => !covered.has(o.name)).map((o) => o.name);
  assert.equal(missing, []);
  assert.ok(OPCODES.length > 430, `table has ${OPCODES.length} rows`);
});

test.run();
