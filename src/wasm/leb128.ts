// LEB128 as standalone functions: encoders that return bytes (the writing itself lives in
// ByteWriter, the one implementation) and decoders, used by tests and by tools that read wasm.
// i64 values are always bigint: a JS number cannot hold every 64-bit integer.

import { ByteWriter } from '../util/bytes.js';

const I32_MIN = -(2 ** 31);
const U32_MAX = 2 ** 32 - 1;
const I64_MIN = -(2n ** 63n);
const I64_MAX = 2n ** 63n - 1n;
const U64_MAX = 2n ** 64n - 1n;

function checkInt(v: number, lo: number, hi: number, what: string): void {
  if (!Number.isInteger(v) || v < lo || v > hi) throw new RangeError(`${what}: ${v} is out of range`);
}

export function encodeU32(v: number): Uint8Array {
  checkInt(v, 0, U32_MAX, 'u32');
  const w = new ByteWriter(8);
  w.u32(v);
  return w.finish();
}

export function encodeS32(v: number): Uint8Array {
  checkInt(v, I32_MIN, 2 ** 31 - 1, 's32');
  const w = new ByteWriter(8);
  w.s32(v);
  return w.finish();
}

export function encodeS64(v: bigint): Uint8Array {
  if (typeof v !== 'bigint' || v < I64_MIN || v > I64_MAX) throw new RangeError(`s64: ${v} is out of range`);
  const w = new ByteWriter(16);
  w.s64(v);
  return w.finish();
}

export function encodeU64(v: bigint): Uint8Array {
  if (typeof v !== 'bigint' || v < 0n || v > U64_MAX) throw new RangeError(`u64: ${v} is out of range`);
  const w = new ByteWriter(16);
  w.u64(v);
  return w.finish();
}

/** A decoded value and the offset just past it. */
export interface Decoded<T> {
  value: T;
  next: number;
}

function decodeBig(bytes: Uint8Array, offset: number, signed: boolean, maxBytes: number): Decoded<bigint> {
  let result = 0n;
  let shift = 0n;
  let pos = offset;
  for (let i = 0; ; i++) {
    if (i >= maxBytes) throw new RangeError(`LEB128 at ${offset} is longer than ${maxBytes} bytes`);
    if (pos >= bytes.length) throw new RangeError(`LEB128 at ${offset} runs past the end`);
    const byte = bytes[pos++]!;
    result |= BigInt(byte & 0x7f) << shift;
    shift += 7n;
    if ((byte & 0x80) === 0) {
      if (signed && (byte & 0x40) !== 0) result -= 1n << shift;
      return { value: result, next: pos };
    }
  }
}

export function decodeU32(bytes: Uint8Array, offset = 0): Decoded<number> {
  const d = decodeBig(bytes, offset, false, 5);
  if (d.value > BigInt(U32_MAX)) throw new RangeError(`u32 at ${offset} is out of range`);
  return { value: Number(d.value), next: d.next };
}

export function decodeS32(bytes: Uint8Array, offset = 0): Decoded<number> {
  const d = decodeBig(bytes, offset, true, 5);
  if (d.value < BigInt(I32_MIN) || d.value > 2n ** 31n - 1n) throw new RangeError(`s32 at ${offset} is out of range`);
  return { value: Number(d.value), next: d.next };
}

export function decodeS64(bytes: Uint8Array, offset = 0): Decoded<bigint> {
  const d = decodeBig(bytes, offset, true, 10);
  if (d.value < I64_MIN || d.value > I64_MAX) throw new RangeError(`s64 at ${offset} is out of range`);
  return d;
}

export function decodeU64(bytes: Uint8Array, offset = 0): Decoded<bigint> {
  const d = decodeBig(bytes, offset, false, 10);
  if (d.value > U64_MAX) throw new RangeError(`u64 at ${offset} is out of range`);
  return d;
}
