// LEB128: our encodings must equal wabt's (the reference) for i32/i64 constants and u32 memarg
// offsets, decode back to the same value, and reject out-of-range input.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { decodeS32, decodeS64, decodeU32, decodeU64, encodeS32, encodeS64, encodeU32, encodeU64 } from '../../src/wasm/leb128.js';
import { assemble, codeBodies, hex, loadWabt } from './harness.js';

const wabt = await loadWabt();

/** The bytes wabt writes between a body's fixed prefix and suffix. */
function wabtImmediate(wat: string, prefix: number[], suffix: number[]): Uint8Array {
  const body = codeBodies(assemble(wabt, wat))[0]!;
  assert.equal([...body.subarray(0, prefix.length)], prefix, 'body prefix');
  assert.equal([...body.subarray(body.length - suffix.length)], suffix, 'body suffix');
  return body.subarray(prefix.length, body.length - suffix.length);
}

const S64_CASES = [
  0n, 1n, -1n, 63n, 64n, -64n, -65n, 127n, 128n, -128n, -129n, 2n ** 31n - 1n, -(2n ** 31n), 2n ** 31n, -(2n ** 31n) - 1n,
  2n ** 32n, 2n ** 53n - 1n, 2n ** 53n, -(2n ** 53n), -(2n ** 53n) + 1n, 2n ** 56n, 2n ** 62n, -(2n ** 62n), 2n ** 63n - 1n, -(2n ** 63n),
  0x123456789abcdefn, -0x123456789abcdefn,
];

test('s64 (bigint) matches wabt for edge cases and round-trips', () => {
  for (const v of S64_CASES) {
    const ref = wabtImmediate(`(module (func (result i64) i64.const ${v}))`, [0x00, 0x42], [0x0b]);
    const ours = encodeS64(v);
    assert.is(hex(ours), hex(ref), `i64.const ${v}`);
    const d = decodeS64(ours);
    assert.is(d.value, v);
    assert.is(d.next, ours.length);
  }
});

test('s32 matches wabt and round-trips', () => {
  for (const v of [0, 1, -1, 63, 64, -64, -65, 8191, 8192, -8192, -8193, 2 ** 31 - 1, -(2 ** 31), 1234567, -7654321]) {
    const ref = wabtImmediate(`(module (func (result i32) i32.const ${v}))`, [0x00, 0x41], [0x0b]);
    const ours = encodeS32(v);
    assert.is(hex(ours), hex(ref), `i32.const ${v}`);
    assert.is(decodeS32(ours).value, v);
  }
});

test('u32 matches wabt (memarg offsets) and round-trips', () => {
  for (const v of [0, 1, 127, 128, 16383, 16384, 2 ** 21, 2 ** 28 - 1, 2 ** 28, 2 ** 31, 2 ** 32 - 1]) {
    const ref = wabtImmediate(
      `(module (memory 1) (func i32.const 0 i32.load8_u offset=${v} drop))`,
      [0x00, 0x41, 0x00, 0x2d, 0x00],
      [0x1a, 0x0b],
    );
    const ours = encodeU32(v);
    assert.is(hex(ours), hex(ref), `offset=${v}`);
    assert.is(decodeU32(ours).value, v);
  }
});

test('u64 round-trips and is minimal', () => {
  for (const v of [0n, 1n, 127n, 128n, 2n ** 32n, 2n ** 53n - 1n, 2n ** 53n, 2n ** 63n, 2n ** 64n - 1n]) {
    const b = encodeU64(v);
    assert.is(decodeU64(b).value, v);
    assert.ok(b.length === 1 || b[b.length - 1] !== 0, `minimal encoding of ${v}`);
    assert.is(b.length, Math.max(1, Math.ceil(v.toString(2).length / 7)), `length of ${v}`);
  }
});

test('out-of-range values are rejected', () => {
  assert.throws(() => encodeS64(2n ** 63n));
  assert.throws(() => encodeS64(-(2n ** 63n) - 1n));
  assert.throws(() => encodeS64(5 as unknown as bigint));
  assert.throws(() => encodeS32(2 ** 31));
  assert.throws(() => encodeS32(1.5));
  assert.throws(() => encodeU32(-1));
  assert.throws(() => encodeU32(2 ** 32));
  assert.throws(() => encodeU64(-1n));
  assert.throws(() => encodeU64(2n ** 64n));
  assert.throws(() => decodeU32(Uint8Array.of(0x80, 0x80)), /past the end/);
  assert.throws(() => decodeU32(Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0x1f)), /out of range/);
});

test.run();
