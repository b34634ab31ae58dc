// Static data: the None/False/True singletons at their fixed addresses and the program's
// constant objects (big ints, floats, strs), laid out per src/runtime/layout.ts, deduplicated,
// and turned into data segments. Also fixes where the heap starts:
//   [NONE_ADDR, TRUE_ADDR + 8)   None, False, True (headers only)
//   [.., STATIC_START)           the runtime's fixed area (state words, buffers): zero at start
//   [STATIC_START, heapBase)     constant objects, each 8-aligned
//   [heapBase, ...)              the heap (the IR's `heap.base`)
import {
  ALIGN,
  DIGIT_BITS,
  FALSE_ADDR,
  FLOAT_SIZE,
  FLOAT_VALUE,
  GC_STATIC,
  HEADER_SIZE,
  INT_DIGITS,
  INT_SIZE,
  NONE_ADDR,
  STATIC_START,
  STR_DATA,
  STR_FLAGS,
  STR_FLAG_ASCII,
  STR_HASH,
  STR_KIND,
  STR_LEN,
  TRUE_ADDR,
  TYPE_BOOL,
  TYPE_FLOAT,
  TYPE_INT,
  TYPE_NONE,
  TYPE_STR,
} from '../runtime/layout.js';

/** Where program constants start. */
export const CONST_START = STATIC_START;

export interface Segment {
  offset: number;
  bytes: Uint8Array;
}

const align = (n: number) => (n + ALIGN - 1) & -ALIGN;

/** Static objects of one module, with their addresses. */
export class StaticData {
  private buf = new Uint8Array(256);
  private view = new DataView(this.buf.buffer);
  /** Bytes used in `buf`, which holds memory from CONST_START on. */
  private size = 0;
  /** Offsets in buf of the ints and floats laid out (keyed i<value> / f<bits>). */
  private readonly addrs = new Map<string, number>();
  /** Offsets in buf of the strs laid out, keyed by the text itself (no key string to build:
   * the code generator asks for every str constant of every function, most already laid out). */
  private readonly strs = new Map<string, number>();

  /** The first free 8-aligned address after all static data: the heap's start. */
  get heapBase(): number {
    return align(CONST_START + this.size);
  }

  /** Address of a static big-int object for `n` (any value; normally outside the small range). */
  int(n: bigint): number {
    return this.intern(`i${n}`, () => {
      const digits: number[] = [];
      const mask = (1n << BigInt(DIGIT_BITS)) - 1n;
      for (let m = n < 0n ? -n : n; m > 0n; m >>= BigInt(DIGIT_BITS)) digits.push(Number(m & mask));
      const a = this.alloc(INT_DIGITS + 4 * digits.length, TYPE_INT);
      this.view.setInt32(a + INT_SIZE, n < 0n ? -digits.length : digits.length, true);
      digits.forEach((d, i) => this.view.setUint32(a + INT_DIGITS + 4 * i, d, true));
      return a;
    });
  }

  /** Address of a static float object (keyed by bits, so -0.0 and 0.0 differ). */
  float(x: number): number {
    const bits = new DataView(new ArrayBuffer(8));
    bits.setFloat64(0, x, true);
    return this.intern(`f${bits.getBigUint64(0, true)}`, () => {
      const a = this.alloc(FLOAT_SIZE, TYPE_FLOAT);
      this.view.setFloat64(a + FLOAT_VALUE, x, true);
      return a;
    });
  }

  /** Address of a static str object (PEP 393 kind from the widest code point). */
  str(s: string): number {
    let rel = this.strs.get(s);
    if (rel === undefined) this.strs.set(s, (rel = this.makeStr(s)));
    return CONST_START + rel;
  }

  private makeStr(s: string): number {
    // Nearly every constant is ASCII: its UTF-16 units are its code points and its bytes.
    let ascii = true;
    for (let i = 0; i < s.length && ascii; i++) ascii = s.charCodeAt(i) < 0x80;
    if (ascii) {
      const a = this.alloc(STR_DATA + s.length, TYPE_STR);
      this.view.setInt32(a + STR_LEN, s.length, true);
      this.view.setUint8(a + STR_KIND, 1);
      this.view.setUint8(a + STR_FLAGS, STR_FLAG_ASCII);
      this.view.setBigInt64(a + STR_HASH, 0n, true);
      const at = a + STR_DATA;
      for (let i = 0; i < s.length; i++) this.buf[at + i] = s.charCodeAt(i);
      return a;
    }
    const cps: number[] = [];
    for (const ch of s) cps.push(ch.codePointAt(0)!);
    const max = cps.reduce((m, c) => Math.max(m, c), 0);
    const kind = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
    const a = this.alloc(STR_DATA + kind * cps.length, TYPE_STR);
    this.view.setInt32(a + STR_LEN, cps.length, true);
    this.view.setUint8(a + STR_KIND, kind);
    this.view.setUint8(a + STR_FLAGS, max < 0x80 ? STR_FLAG_ASCII : 0);
    this.view.setBigInt64(a + STR_HASH, 0n, true);
    cps.forEach((c, i) => {
      const at = a + STR_DATA + kind * i;
      if (kind === 1) this.view.setUint8(at, c);
      else if (kind === 2) this.view.setUint16(at, c, true);
      else this.view.setUint32(at, c, true);
    });
    return a;
  }

  /** Data segments: the singletons, then the constants (trailing zero bytes trimmed). */
  segments(): Segment[] {
    const single = new Uint8Array(TRUE_ADDR + HEADER_SIZE - NONE_ADDR);
    const sv = new DataView(single.buffer);
    const header = (addr: number, type: number) => {
      sv.setInt32(addr - NONE_ADDR, type, true);
      sv.setInt32(addr - NONE_ADDR + 4, GC_STATIC, true);
    };
    header(NONE_ADDR, TYPE_NONE);
    header(FALSE_ADDR, TYPE_BOOL);
    header(TRUE_ADDR, TYPE_BOOL);
    const segs: Segment[] = [{ offset: NONE_ADDR, bytes: trimZeros(single) }];
    const consts = trimZeros(this.buf.subarray(0, this.size));
    if (consts.length) segs.push({ offset: CONST_START, bytes: consts.slice() });
    return segs;
  }

  private intern(key: string, make: () => number): number {
    let rel = this.addrs.get(key);
    if (rel === undefined) this.addrs.set(key, (rel = make()));
    return CONST_START + rel;
  }

  /** Reserves an 8-aligned object of `bytes` bytes with a static header; returns its offset in buf. */
  private alloc(bytes: number, type: number): number {
    const at = align(this.size);
    const end = at + Math.max(bytes, HEADER_SIZE);
    if (end > this.buf.length) {
      const nb = new Uint8Array(Math.max(end, this.buf.length * 2));
      nb.set(this.buf);
      this.buf = nb;
      this.view = new DataView(nb.buffer);
    }
    this.size = end;
    this.view.setInt32(at, type, true);
    this.view.setInt32(at + 4, GC_STATIC, true);
    return at;
  }
}

function trimZeros(b: Uint8Array): Uint8Array {
  let n = b.length;
  while (n > 0 && b[n - 1] === 0) n--;
  return b.subarray(0, n);
}
