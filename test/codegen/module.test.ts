// Module-level codegen: static constants (str, big int, float) laid out per layout.ts and
// deduplicated, singletons, globals, heap.base, WASI imports only when used, dead-function
// elimination, runtime calls for py.* ops, clear errors.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readModule } from '../../src/ir/read.js';
import { generate } from '../../src/codegen/index.js';
import * as L from '../../src/runtime/layout.js';
import { build, fn } from './helpers.js';

/** Decodes a str object at `addr` per layout.ts. */
function readStr(mem: ArrayBuffer, addr: number) {
  const v = new DataView(mem);
  const len = v.getInt32(addr + L.STR_LEN, true);
  const kind = v.getUint8(addr + L.STR_KIND);
  let s = '';
  for (let i = 0; i < len; i++) {
    const at = addr + L.STR_DATA + kind * i;
    s += String.fromCodePoint(kind === 1 ? v.getUint8(at) : kind === 2 ? v.getUint16(at, true) : v.getUint32(at, true));
  }
  return {
    type: v.getInt32(addr, true),
    gc: v.getInt32(addr + 4, true),
    len,
    kind,
    flags: v.getUint8(addr + L.STR_FLAGS),
    hash: v.getBigInt64(addr + L.STR_HASH, true),
    s,
  };
}

const addrOf = (word: bigint) => {
  assert.is(word & 1n, 1n, 'a pointer word');
  return Number(word & ~1n);
};

test('const.str: static str objects per layout (kinds 1, 2, 4; ASCII flag; dedup)', async () => {
  const b = await build(`
func @a() -> obj {
b0:
    v0 = const.str "hello, world"
    ret v0
}
func @b() -> obj {
b0:
    v0 = const.str "caf\\u00e9"
    ret v0
}
func @c() -> obj {
b0:
    v0 = const.str "\\u20ac1"
    ret v0
}
func @d() -> obj {
b0:
    v0 = const.str "x\\ud83d\\ude00"
    ret v0
}
func @e() -> obj {
b0:
    v0 = const.str "hello, world"
    ret v0
}
func @empty() -> obj {
b0:
    v0 = const.str ""
    ret v0
}
`);
  const get = (n: string) => readStr(b.memory.buffer, addrOf(fn<() => bigint>(b, n)()));
  const a = get('a');
  assert.equal(a, { type: L.TYPE_STR, gc: L.GC_STATIC, len: 12, kind: 1, flags: L.STR_FLAG_ASCII, hash: 0n, s: 'hello, world' });
  assert.equal([get('b').kind, get('b').flags, get('b').s, get('b').len], [1, 0, 'café', 4]);
  assert.equal([get('c').kind, get('c').s, get('c').len], [2, '€1', 2]);
  assert.equal([get('d').kind, get('d').s, get('d').len], [4, 'x😀', 2]);
  assert.equal([get('empty').len, get('empty').s, get('empty').flags], [0, '', L.STR_FLAG_ASCII]);
  assert.is(fn<() => bigint>(b, 'a')(), fn<() => bigint>(b, 'e')(), 'identical constants share one object');
  assert.ok(addrOf(fn<() => bigint>(b, 'a')()) >= L.STATIC_START);
  for (const n of ['a', 'b', 'c', 'd']) assert.is(addrOf(fn<() => bigint>(b, n)()) % 8, 0);
});

test('const.int: small ints tagged, big ints as static objects with 30-bit digits', async () => {
  const big = 123456789012345678901234567890n;
  const b = await build(`
func @small() -> obj {
b0:
    v0 = const.int -4611686018427387904
    ret v0
}
func @big() -> obj {
b0:
    v0 = const.int ${big}
    ret v0
}
func @neg() -> obj {
b0:
    v0 = const.int -4611686018427387905
    ret v0
}
`);
  assert.is(fn<() => bigint>(b, 'small')(), -(1n << 62n) * 2n);
  const read = (word: bigint) => {
    const v = new DataView(b.memory.buffer);
    const a = addrOf(word);
    assert.is(v.getInt32(a, true), L.TYPE_INT);
    assert.is(v.getInt32(a + 4, true), L.GC_STATIC);
    const size = v.getInt32(a + L.INT_SIZE, true);
    let n = 0n;
    for (let i = Math.abs(size) - 1; i >= 0; i--) {
      const d = v.getUint32(a + L.INT_DIGITS + 4 * i, true);
      assert.ok(d < 2 ** L.DIGIT_BITS);
      n = (n << BigInt(L.DIGIT_BITS)) | BigInt(d);
    }
    return [size, size < 0 ? -n : n];
  };
  assert.equal(read(fn<() => bigint>(b, 'big')()), [4, big]);
  assert.equal(read(fn<() => bigint>(b, 'neg')()), [-3, -(1n << 62n) - 1n]);
});

test('singletons, const.float, const.bool, const.none, heap.base', async () => {
  const b = await build(`
func @none() -> obj {
b0:
    v0 = const.none
    ret v0
}
func @t() -> obj {
b0:
    v0 = const.bool 1
    ret v0
}
func @f() -> obj {
b0:
    v0 = const.bool 0
    ret v0
}
func @fl() -> obj {
b0:
    v0 = const.float -0.0
    ret v0
}
func @hb() -> i32 {
b0:
    v0 = heap.base
    ret v0
}
`);
  const v = new DataView(b.memory.buffer);
  assert.is(fn<() => bigint>(b, 'none')(), L.ptrWord(L.NONE_ADDR));
  assert.is(fn<() => bigint>(b, 't')(), L.ptrWord(L.TRUE_ADDR));
  assert.is(fn<() => bigint>(b, 'f')(), L.ptrWord(L.FALSE_ADDR));
  for (const [a, t] of [[L.NONE_ADDR, L.TYPE_NONE], [L.FALSE_ADDR, L.TYPE_BOOL], [L.TRUE_ADDR, L.TYPE_BOOL]]) {
    assert.is(v.getInt32(a, true), t);
    assert.is(v.getInt32(a + 4, true), L.GC_STATIC);
  }
  const fa = addrOf(fn<() => bigint>(b, 'fl')());
  assert.is(v.getInt32(fa, true), L.TYPE_FLOAT);
  assert.ok(Object.is(v.getFloat64(fa + L.FLOAT_VALUE, true), -0));
  const hb = fn<() => number>(b, 'hb')();
  assert.is(hb % 8, 0);
  assert.ok(hb >= fa + L.FLOAT_SIZE, 'heap after the static data');
  assert.ok(b.memory.buffer.byteLength >= hb + 65536, 'at least one free page');
});

test('globals start unbound (NULL_WORD), global.set/global.get round-trip', async () => {
  const b = await build(`
globals %x, %unused
func @get() -> obj {
b0:
    v0 = global.get %x
    ret v0
}
func @set(obj) {
b0(v0: obj):
    global.set %x, v0
    ret
}
`);
  assert.is(fn<() => bigint>(b, 'get')(), L.NULL_WORD);
  fn<(x: bigint) => void>(b, 'set')(84n);
  assert.is(fn<() => bigint>(b, 'get')(), 84n);
  assert.not.match(b.wat, /unused/, 'globals nobody uses are not emitted');
});

test('WASI imports: only the functions called, with their preview-1 signatures', async () => {
  const b = await build(`
func @_start() {
b0:
    v0 = const.i32 1
    v1 = const.i32 64
    v2 = const.i32 1
    v3 = const.i32 80
    v4 = call.i32 @wasi.fd_write, v0, v1, v2, v3
    v5 = const.i64 1000
    v6 = call.i32 @wasi.clock_time_get, v0, v5, v3
    call @wasi.proc_exit, v4
    ret
}
func @never() {
b0:
    v0 = const.i32 1
    v1 = call.i32 @wasi.fd_close, v0
    ret
}
`, ['_start']);
  fn<() => void>(b, '_start')();
  assert.equal(b.wasiCalls.map((c) => c.name), ['fd_write', 'clock_time_get', 'proc_exit']);
  assert.equal(b.wasiCalls[0].args, [1, 64, 1, 80]);
  assert.equal(b.wasiCalls[1].args, [1, 1000n, 80]);
  assert.match(b.wat, /import "wasi_snapshot_preview1" "fd_write"/);
  assert.match(b.wat, /\(func \(param i32 i64 i32\) \(result i32\)\)/, "clock_time_get's precision is an i64");
  assert.match(b.wat, /\(func \(param i32\)\)/, 'proc_exit returns nothing');
  assert.not.match(b.wat, /fd_close/);
  assert.not.match(b.wat, /never/, 'unreachable functions are not emitted');
});

test('dead-function elimination keeps exactly what the exports reach, with names', async () => {
  const b = await build(`
func @main() -> i64 {
b0:
    v0 = call.i64 @helper
    ret v0
}
func @helper() -> i64 {
b0:
    v0 = const.i64 3
    ret v0
}
func @orphan() -> i64 {
b0:
    v0 = call.i64 @orphan2
    ret v0
}
func @orphan2() -> i64 {
b0:
    v0 = const.i64 4
    ret v0
}
`, ['main']);
  assert.is(fn<() => bigint>(b, 'main')(), 3n);
  assert.match(b.wat, /func \$main/);
  assert.match(b.wat, /func \$helper/);
  assert.not.match(b.wat, /orphan/);
  assert.not.ok('orphan' in b.exports);
});

test('py.* ops call rt_<op>; missing runtime functions are clear errors', async () => {
  const b = await build(`
func @f(obj, obj) -> i32 {
b0(v0: obj, v1: obj):
    v2 = py.add v0, v1
    check.exc b1, b2
b1:
    v3 = py.truth v2
    ret v3
b2:
    v4 = const.i32 -1
    ret v4
}
func @rt_add(obj, obj) -> obj {
b0(v0: obj, v1: obj):
    v2 = untag.int v0
    v3 = untag.int v1
    v4 = i64.add v2, v3
    v5 = tag.int v4
    ret v5
}
func @rt_truth(obj) -> i32 {
b0(v0: obj):
    v1 = const.int 0
    v2 = py.is v0, v1
    v3 = i32.eqz v2
    ret v3
}
`, ['f']);
  const f = fn<(a: bigint, c: bigint) => number>(b, 'f');
  assert.is(f(2n, 4n), 1);
  assert.is(f(2n, -2n), 0);
  const m = readModule(`
func @g(f64) -> obj {
b0(v0: f64):
    v1 = box.float v0
    ret v1
}
`);
  assert.throws(() => generate(m, { exports: [{ func: 'g', as: 'g' }] }), /rt_box_float/);
  assert.throws(() => generate(m, { exports: [{ func: 'nope', as: 'g' }] }), /nope/);
});

test('moduleName and tiny output for a tiny program', async () => {
  const m = readModule(`
func @_start() {
b0:
    ret
}
`);
  const bytes = generate(m, { exports: [{ func: '_start', as: '_start' }], moduleName: 'hello' });
  assert.ok(bytes.length < 120, `${bytes.length} bytes`);
});

test.run();
