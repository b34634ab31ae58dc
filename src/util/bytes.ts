// ByteWriter: a growable little-endian byte buffer with LEB128 (u32, s32, s33, s64 as bigint),
// IEEE float and UTF-8 name writers. No compiler knowledge; the wasm encoder builds on it.

const TEXT_ENCODER = new TextEncoder();

const TWO_POW_53 = 2 ** 53;

export class ByteWriter {
  private buf: Uint8Array;
  private view: DataView;
  /** Number of bytes written so far. */
  length = 0;

  constructor(initialCapacity = 256) {
    this.buf = new Uint8Array(Math.max(16, initialCapacity));
    this.view = new DataView(this.buf.buffer);
  }

  private grow(extra: number): void {
    let cap = this.buf.length * 2;
    while (cap < this.length + extra) cap *= 2;
    const next = new Uint8Array(cap);
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
    this.view = new DataView(next.buffer);
  }

  /** Forget the contents, keep the capacity (for reusable scratch writers). */
  reset(): void {
    this.length = 0;
  }

  u8(b: number): void {
    if (this.length === this.buf.length) this.grow(1);
    this.buf[this.length++] = b;
  }

  bytes(src: Uint8Array): void {
    if (this.length + src.length > this.buf.length) this.grow(src.length);
    this.buf.set(src, this.length);
    this.length += src.length;
  }

  /** Appends everything another writer holds. */
  append(w: ByteWriter): void {
    this.bytes(w.peek());
  }

  /** Unsigned LEB128 of an integer in [0, 2^32). */
  u32(v: number): void {
    if (this.length + 5 > this.buf.length) this.grow(5);
    const b = this.buf;
    let n = v >>> 0;
    while (n >= 0x80) {
      b[this.length++] = (n & 0x7f) | 0x80;
      n >>>= 7;
    }
    b[this.length++] = n;
  }

  /** Signed LEB128 of an integer in [-2^31, 2^31). */
  s32(v: number): void {
    if (this.length + 5 > this.buf.length) this.grow(5);
    const b = this.buf;
    let n = v | 0;
    for (;;) {
      const byte = n & 0x7f;
      n >>= 7;
      if ((n === 0 && (byte & 0x40) === 0) || (n === -1 && (byte & 0x40) !== 0)) {
        b[this.length++] = byte;
        return;
      }
      b[this.length++] = byte | 0x80;
    }
  }

  /** Signed LEB128 of any safe integer (|v| < 2^53); used for s33 block types and small i64s. */
  sSafe(v: number): void {
    if (this.length + 8 > this.buf.length) this.grow(8);
    const b = this.buf;
    let n = v;
    for (;;) {
      const byte = n & 0x7f; // ToInt32 is modulo 2^32, so the low 7 bits are exact
      n = Math.floor(n / 128);
      if ((n === 0 && (byte & 0x40) === 0) || (n === -1 && (byte & 0x40) !== 0)) {
        b[this.length++] = byte;
        return;
      }
      b[this.length++] = byte | 0x80;
    }
  }

  /** Signed LEB128 of a 64-bit integer, given as a bigint in [-2^63, 2^63). */
  s64(v: bigint): void {
    const asNumber = Number(v); // exact whenever the result is a safe integer
    if (Number.isSafeInteger(asNumber)) {
      this.sSafe(asNumber);
      return;
    }
    let n = v;
    for (;;) {
      const byte = Number(n & 0x7fn);
      n >>= 7n;
      if ((n === 0n && (byte & 0x40) === 0) || (n === -1n && (byte & 0x40) !== 0)) {
        this.u8(byte);
        return;
      }
      this.u8(byte | 0x80);
    }
  }

  /** Unsigned LEB128 of a 64-bit integer, given as a bigint in [0, 2^64). */
  u64(v: bigint): void {
    if (v >= 0n && v < BigInt(TWO_POW_53)) {
      let n = Number(v);
      while (n >= 0x80) {
        this.u8((n % 0x80) | 0x80);
        n = Math.floor(n / 0x80);
      }
      this.u8(n);
      return;
    }
    let n = v;
    while (n >= 0x80n) {
      this.u8(Number(n & 0x7fn) | 0x80);
      n >>= 7n;
    }
    this.u8(Number(n));
  }

  f32(v: number): void {
    if (this.length + 4 > this.buf.length) this.grow(4);
    this.view.setFloat32(this.length, v, true);
    this.length += 4;
  }

  f64(v: number): void {
    if (this.length + 8 > this.buf.length) this.grow(8);
    this.view.setFloat64(this.length, v, true);
    this.length += 8;
  }

  /** A wasm `name`: u32 byte length, then UTF-8 bytes. */
  name(s: string): void {
    const enc = TEXT_ENCODER.encode(s);
    this.u32(enc.length);
    this.bytes(enc);
  }

  /** A wasm `vec(byte)`: u32 length, then the bytes. */
  vecBytes(src: Uint8Array): void {
    this.u32(src.length);
    this.bytes(src);
  }

  /** A view of the bytes written so far (shares memory; valid until the next write). */
  peek(): Uint8Array {
    return this.buf.subarray(0, this.length);
  }

  /** A fresh copy of the bytes written so far. */
  finish(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}
