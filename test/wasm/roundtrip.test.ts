// Round trips through a real engine: modules built here are instantiated in Node and called
// (multi-value results, i64 as BigInt, late imports, tables, bulk memory), the module.ts doc
// example runs under node:wasi, and toWat disassembles with names.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { WASI } from 'node:wasi';
import { mkdtempSync, openSync, closeSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ModuleBuilder, toWat } from '../../src/wasm/index.js';
import { loadWabt, validate } from './harness.js';

type Fn = (...args: unknown[]) => unknown;
type Imports = Record<string, Record<string, unknown>>;
interface Instance {
  exports: Record<string, unknown>;
}
// The engine's WebAssembly object (tsconfig has no DOM lib, so declare the part used here).
declare const WebAssembly: {
  instantiate(bytes: Uint8Array, imports?: Imports): Promise<{ instance: Instance }>;
};

const wabt = await loadWabt();

/** Validates with wabt, then instantiates in the engine. */
async function instantiate(bytes: Uint8Array, imports: Imports = {}): Promise<Record<string, Fn>> {
  validate(wabt, bytes);
  const { instance } = await WebAssembly.instantiate(bytes, imports);
  return instance.exports as Record<string, Fn>;
}

test('multi-value return and i64 params as BigInt', async () => {
  const mb = new ModuleBuilder();
  // divmod(a: i64, b: i64) -> (i64 quotient, i64 remainder, i32 sign-of-product)
  const f = mb.func('divmod', ['i64', 'i64'], ['i64', 'i64', 'i32'], { paramNames: ['a', 'b'] });
  f.emit('local.get', 0).emit('local.get', 1).emit('i64.div_s');
  f.emit('local.get', 0).emit('local.get', 1).emit('i64.rem_s');
  f.emit('local.get', 0).emit('local.get', 1).emit('i64.xor').emit('i64.const', 0n).emit('i64.lt_s');
  mb.export('divmod', f.ref);
  const { divmod } = await instantiate(mb.encode());
  // reference: JS BigInt division and remainder truncate, as i64.div_s and i64.rem_s do
  for (const [a, b] of [[-(2n ** 62n) - 7n, 10n], [2n ** 63n - 1n, -3n], [-(2n ** 63n), 7n], [5n, 5n]] as const)
    assert.equal(divmod!(a, b), [a / b, a % b, (a ^ b) < 0n ? 1 : 0], `divmod(${a}, ${b})`);
});

test('an import added after its caller keeps the low index; results flow back', async () => {
  const mb = new ModuleBuilder();
  const main = mb.func('main', ['i32'], ['i32']);
  const seen: number[] = [];
  const late = mb.importFunc('env', 'twice', ['i32'], ['i32']);
  main.emit('local.get', 0).emit('call', late).emit('i32.const', 1).emit('i32.add');
  mb.export('main', main.ref);
  const ex = await instantiate(mb.encode(), {
    env: {
      twice: (x: number) => {
        seen.push(x);
        return x * 2;
      },
    },
  });
  assert.is(ex.main!(20), 41);
  assert.equal(seen, [20]);
});

test('loops, br_table, call_indirect, globals and bulk memory execute correctly', async () => {
  const mb = new ModuleBuilder();
  mb.memory({ min: 1 });
  const table = mb.table({ min: 3 });
  const unary = mb.type(['i32'], ['i32']);
  const inc = mb.func('inc', ['i32'], ['i32']);
  inc.emit('local.get', 0).emit('i32.const', 1).emit('i32.add');
  const neg = mb.func('neg', ['i32'], ['i32']);
  neg.emit('i32.const', 0).emit('local.get', 0).emit('i32.sub');
  const dbl = mb.func('dbl', ['i32'], ['i32']);
  dbl.emit('local.get', 0).emit('i32.const', 1).emit('i32.shl');
  mb.elem([inc.ref, neg.ref, dbl.ref], { offset: 0 });
  const calls = mb.global('i32', { mutable: true, name: 'calls' }, 0);
  // apply(op, x): call_indirect through the table
  const apply = mb.func('apply', ['i32', 'i32'], ['i32']);
  apply.emit('global.get', calls).emit('i32.const', 1).emit('i32.add').emit('global.set', calls);
  apply.emit('local.get', 1).emit('local.get', 0).emit('call_indirect', unary, table);
  // sum(n) = 0 + 1 + ... + n-1 with a loop
  const sum = mb.func('sum', ['i32'], ['i64']);
  const i = sum.local('i32', 'i');
  const acc = sum.local('i64', 'acc');
  sum.emit('block', null).emit('loop', null);
  sum.emit('local.get', i).emit('local.get', 0).emit('i32.ge_s').emit('br_if', 1);
  sum.emit('local.get', acc).emit('local.get', i).emit('i64.extend_i32_s').emit('i64.add').emit('local.set', acc);
  sum.emit('local.get', i).emit('i32.const', 1).emit('i32.add').emit('local.set', i).emit('br', 0);
  sum.emit('end').emit('end').emit('local.get', acc);
  // pick(k): br_table to one of three constants
  const pick = mb.func('pick', ['i32'], ['i32']);
  pick.emit('block', null).emit('block', null).emit('block', null);
  pick.emit('local.get', 0).emit('br_table', [0, 1], 2);
  pick.emit('end').emit('i32.const', 100).emit('return');
  pick.emit('end').emit('i32.const', 200).emit('return');
  pick.emit('end').emit('i32.const', 300);
  // copy(): memory.init a passive segment to 64, memory.copy it to 128, fill, read back
  const seg = mb.data(Uint8Array.of(7, 8, 9, 10));
  const copy = mb.func('copy', [], ['i32']);
  copy.emit('i32.const', 64).emit('i32.const', 0).emit('i32.const', 4).emit('memory.init', seg).emit('data.drop', seg);
  copy.emit('i32.const', 128).emit('i32.const', 64).emit('i32.const', 4).emit('memory.copy');
  copy.emit('i32.const', 129).emit('i32.const', 0xee).emit('i32.const', 1).emit('memory.fill');
  copy.emit('i32.const', 128).emit('i32.load', { align: 0 });
  for (const [name, f] of [['apply', apply], ['sum', sum], ['pick', pick], ['copy', copy]] as const) mb.export(name, f.ref);
  mb.export('calls', calls);
  const ex = await instantiate(mb.encode());
  assert.is(ex.apply!(0, 41), 42);
  assert.is(ex.apply!(1, 5), -5);
  assert.is(ex.apply!(2, 21), 42);
  assert.is((ex.calls as unknown as { value: number }).value, 3);
  let expectSum = 0n;
  for (let k = 0n; k < 100000n; k++) expectSum += k;
  assert.is(ex.sum!(100000), expectSum);
  assert.equal([0, 1, 2, 3, -1].map((k) => ex.pick!(k)), [100, 200, 300, 300, 300]);
  assert.is(ex.copy!(), 0x0a09ee07);
});

test('the module.ts doc example runs under node:wasi and prints hi', async () => {
  const mb = new ModuleBuilder();
  const mem = mb.memory({ min: 1 });
  mb.export('memory', mem);
  mb.data(new TextEncoder().encode('hi\n'), { offset: 16 });
  const main = mb.func('_start', [], []);
  const fdWrite = mb.importFunc('wasi_snapshot_preview1', 'fd_write', ['i32', 'i32', 'i32', 'i32'], ['i32']);
  const iov = main.local('i32', 'iov');
  main
    .emit('i32.const', 0)
    .emit('local.tee', iov)
    .emit('i32.const', 16)
    .emit('i32.store', { offset: 0 })
    .emit('local.get', iov)
    .emit('i32.const', 3)
    .emit('i32.store', { offset: 4 })
    .emit('i32.const', 1)
    .emit('local.get', iov)
    .emit('i32.const', 1)
    .emit('i32.const', 8)
    .emit('call', fdWrite)
    .emit('drop')
    .emit('end');
  mb.export('_start', main.ref);
  mb.moduleName('hello');
  const bytes = mb.encode();
  validate(wabt, bytes);

  const dir = mkdtempSync(join(tmpdir(), 'keel-wasm-'));
  const out = join(dir, 'stdout');
  const fd = openSync(out, 'w');
  try {
    const wasi = new WASI({ version: 'preview1', stdout: fd, returnOnExit: true });
    const { instance } = await WebAssembly.instantiate(bytes, wasi.getImportObject() as Imports);
    assert.is(wasi.start(instance), 0);
  } finally {
    closeSync(fd);
  }
  assert.is(readFileSync(out, 'utf8'), 'hi\n');

  const wat = await toWat(bytes);
  assert.match(wat, /^\(module \$hello/);
  assert.match(wat, /\(import "wasi_snapshot_preview1" "fd_write" \(func \$fd_write/);
  assert.match(wat, /\(func \$_start \(type \$t\d\)\n\s+\(local \$iov i32\)/);
  assert.match(wat, /call \$fd_write/);
});

test('a module of 5000+ instructions encodes, the same bytes each time', () => {
  const mb = new ModuleBuilder();
  mb.memory({ min: 1 });
  const helper = mb.importFunc('env', 'h', ['i64'], ['i64']);
  for (let k = 0; k < 50; k++) {
    const f = mb.func(`f${k}`, ['i64', 'i64'], ['i64']);
    const t = f.local('i64', 't');
    for (let j = 0; j < 25; j++) {
      f.emit('local.get', 0).emit('i64.const', BigInt(j) << 40n).emit('i64.add').emit('call', helper);
      f.emit('local.get', 1).emit('i64.xor').emit('local.set', t).emit('local.get', t).emit('local.set', 0);
    }
    f.emit('local.get', 0);
  }
  // (How fast it encodes is a benchmark's business, never a timed test's.)
  const first = mb.encode();
  const bytes = mb.encode();
  assert.ok(bytes.length > 20000);
  assert.equal(bytes, first);
});

test.run();
