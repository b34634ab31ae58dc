// Bulk checks of stdlib/_rt/float_repr.py (repr(float) and float(str)) against JavaScript, whose
// shortest round-trip formatting picks the same digits as CPython's repr (shortest, then closest,
// then even) and whose Number() parsing is correctly rounded. The runtime is compiled by Keel with
// a small typed test module whose functions are exported and called directly.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseModule } from '../../src/parse/index.js';
import { lowerProgram, type SourceModule } from '../../src/lower/program.js';
import { loadRuntime } from '../../src/driver/stdlib.js';
import { generate } from '../../src/codegen/index.js';

declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (m: object, imports: object) => { exports: Record<string, unknown> };
};

const TEST_MODULE = `
from __keel__ import i32, i64, f64, obj, f64_from_bits, f64_bits, word_ptr, ptr_word, tag_int, exc_get, exc_set, load_obj, EXC_ARGS

def t_repr(bits: i64) -> i32:
    return word_ptr(rt_float_repr(f64_from_bits(bits)))

def t_new_str(n: i32, kind: i32) -> i32:
    return rt_str_alloc(n, kind, 0)

def t_parse(p: i32) -> i64:
    return f64_bits(rt_parse_float(ptr_word(p)))

def t_fixed(bits: i64, prec: i32) -> i32:
    return word_ptr(rt_float_format_fixed(f64_from_bits(bits), prec))

def t_exp(bits: i64, prec: i32) -> i32:
    return word_ptr(rt_float_format_exp(f64_from_bits(bits), prec))

def t_error() -> i32:
    e: obj = exc_get()
    if e is tag_int(0):
        return 0
    exc_set(tag_int(0))
    return word_ptr(rt_tuple_item(load_obj(word_ptr(e), EXC_ARGS), 0))
`;

function parsed(text: string, name: string, typed: boolean): SourceModule {
  const r = parseModule(text, name);
  if (!r.module) throw new Error(`cannot parse ${name}`);
  return { name: name.replace(/\.py$/, ''), file: name, ast: r.module, typed };
}

const ir = lowerProgram(parsed('pass\n', '__main__.py', false), [...loadRuntime(), parsed(TEST_MODULE, '_rt.fr_test.py', true)]);
const names = ['t_repr', 't_new_str', 't_parse', 't_error', 't_fixed', 't_exp'];
const wasm = generate(ir, { exports: names.map((n) => ({ func: n, as: n })) });
const stub = () => 0;
const inst = new WebAssembly.Instance(new WebAssembly.Module(wasm), {
  wasi_snapshot_preview1: new Proxy({}, { get: () => stub }),
});
const ex = inst.exports as Record<string, (...a: (number | bigint)[]) => number | bigint> & { memory: { buffer: ArrayBuffer } };

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);
const bitsOf = (x: number) => ((f64[0] = x), BigInt.asIntN(64, u64[0]));
const fromBits = (b: bigint) => ((u64[0] = BigInt.asUintN(64, b)), f64[0]);

function readStr(addr: number): string {
  const v = new DataView(ex.memory.buffer);
  const n = v.getInt32(addr + 8, true);
  const kind = v.getUint8(addr + 12);
  let s = '';
  for (let i = 0; i < n; i++) {
    const at = addr + 24 + kind * i;
    s += String.fromCodePoint(kind === 1 ? v.getUint8(at) : kind === 2 ? v.getUint16(at, true) : v.getUint32(at, true));
  }
  return s;
}

function keelRepr(x: number): string {
  return readStr(ex.t_repr(bitsOf(x)) as number);
}

/** float(s) by Keel: the value, or the ValueError message. */
function keelParse(s: string): number | string {
  const kind = /[^\x00-\xff]/.test(s) ? 2 : 1;
  const p = ex.t_new_str(s.length, kind) as number;
  const v = new DataView(ex.memory.buffer);
  for (let i = 0; i < s.length; i++) {
    if (kind === 1) v.setUint8(p + 24 + i, s.charCodeAt(i));
    else v.setUint16(p + 24 + 2 * i, s.charCodeAt(i), true);
  }
  const bits = ex.t_parse(p) as bigint;
  const err = ex.t_error() as number;
  return err ? readStr(err) : fromBits(bits);
}

/** CPython's repr(float), from JavaScript's shortest digits. */
function pyRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const sign = x < 0 ? '-' : '';
  const [m, e] = Math.abs(x).toExponential().split('e');
  const digits = m.replace('.', '');
  const n = digits.length;
  const decpt = Number(e) + 1;
  if (decpt <= -4 || decpt > 16) {
    const exp = decpt - 1;
    return `${sign}${digits[0]}${n > 1 ? '.' + digits.slice(1) : ''}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  if (decpt <= 0) return `${sign}0.${'0'.repeat(-decpt)}${digits}`;
  if (decpt >= n) return `${sign}${digits}${'0'.repeat(decpt - n)}.0`;
  return `${sign}${digits.slice(0, decpt)}.${digits.slice(decpt)}`;
}

/** A deterministic 64-bit generator (splitmix64). */
function rng(seed: bigint) {
  let s = seed;
  return (): bigint => {
    s = BigInt.asUintN(64, s + 0x9e3779b97f4a7c15n);
    let z = s;
    z = BigInt.asUintN(64, (z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n);
    z = BigInt.asUintN(64, (z ^ (z >> 27n)) * 0x94d049bb133111ebn);
    return z ^ (z >> 31n);
  };
}

const same = (a: number | string, b: number) => typeof a === 'number' && (Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b)));

test('repr: special values and CPython layout', () => {
  const cases: [number, string][] = [
    [0, '0.0'], [-0, '-0.0'], [Infinity, 'inf'], [-Infinity, '-inf'], [NaN, 'nan'], [1e16, '1e+16'],
    [1e-5, '1e-05'], [1.5e-7, '1.5e-07'], [1.2345678901234567e20, '1.2345678901234567e+20'], [100, '100.0'],
    [0.1, '0.1'], [0.1 + 0.2, '0.30000000000000004'], [5e-324, '5e-324'], [-2.5, '-2.5'], [1e15, '1000000000000000.0'],
    [0.0001, '0.0001'], [1.7976931348623157e308, '1.7976931348623157e+308'], [2 ** -1022, '2.2250738585072014e-308'],
  ];
  for (const [x, want] of cases) assert.is(keelRepr(x), want, String(x));
  assert.is(readStr(ex.t_repr(0x7ff8000000000001n) as number), 'nan');
  assert.is(readStr(ex.t_repr(-1n) as number), 'nan');
});

test('repr: 200000 random bit patterns, every binade edge and small subnormals', () => {
  const next = rng(1n);
  const fails: string[] = [];
  const check = (b: bigint) => {
    const x = fromBits(b);
    const got = keelRepr(x);
    const want = pyRepr(x);
    if (got !== want && fails.length < 10) fails.push(`${b.toString(16)}: got ${got}, want ${want}`);
  };
  for (let i = 0; i < 200000; i++) check(BigInt.asIntN(64, next()));
  for (let e = 0n; e < 2047n; e++) for (const t of [0n, 1n, 2n, (1n << 52n) - 1n, (1n << 51n) + 1n]) check((e << 52n) | t);
  for (let t = 1n; t < 3000n; t++) check(t);
  assert.equal(fails, []);
});

test('repr: short decimals over the exponent range', () => {
  const next = rng(2n);
  const fails: string[] = [];
  for (let i = 0; i < 50000; i++) {
    const digits = Number(next() % 10n ** BigInt(1 + Number(next() % 17n)));
    const x = Number(`${digits}e${Number(next() % 660n) - 340}`);
    const got = keelRepr(x);
    if (got !== pyRepr(x) && fails.length < 10) fails.push(`${x}: got ${got}, want ${pyRepr(x)}`);
  }
  assert.equal(fails, []);
});

test('parse: syntax', () => {
  const ok: [string, number][] = [
    ['1e5', 1e5], [' -1.5 ', -1.5], ['inf', Infinity], ['-inf', -Infinity], ['+Infinity', Infinity], ['iNfInItY', Infinity],
    ['1_000.5', 1000.5], ['1_0e1_0', 10e10], ['.5', 0.5], ['5.', 5], ['-0', -0], ['0e0', 0], ['\t\n 12 \x0b\x0c\r', 12],
    ['00000.00001', 1e-5], ['1E+3', 1000], ['1e-3', 0.001], ['+.1e1', 1], ['1e400', Infinity], ['-1e400', -Infinity],
    ['1e-400', 0], ['-1e-400', -0], ['0.' + '0'.repeat(500) + '1e500', 0.1], ['1' + '0'.repeat(400) + 'e-400', 1],
    ['\xa03\u3000', 3], ['1e99999999999999999999', Infinity], ['1e-99999999999999999999', 0],
  ];
  for (const [s, want] of ok) {
    const got = keelParse(s);
    assert.ok(same(got, want), `float(${JSON.stringify(s)}) = ${String(got)}, want ${want}`);
  }
  for (const s of ['nan', 'NaN', '-nan', '+nAn']) assert.ok(Number.isNaN(keelParse(s) as number), s);
  const bad = ['', ' ', 'abc', '1_', '_1', '1__0', '1_.5', '1._5', '1e', '1e+', '1e_5', '1e5_', '.', '-', '+-1', '1.2.3',
    'in', 'infinit', 'infinityy', 'nana', '1 2', '0x10', '1e5.0', '--1', '\x1c3', 'e5', '1,5', '1.5j'];
  for (const s of bad) {
    const got = keelParse(s);
    const quoted = `'${s.replace('\x1c', '\\x1c')}'`;
    assert.is(got, `could not convert string to float: ${quoted}`, `float(${JSON.stringify(s)})`);
  }
  assert.is(keelParse("a'b"), `could not convert string to float: "a'b"`);
});

test('parse: correctly rounded for random, long and halfway inputs', () => {
  const next = rng(3n);
  const fails: string[] = [];
  const check = (s: string) => {
    const got = keelParse(s);
    const want = Number(s);
    if (!same(got, want) && fails.length < 10) fails.push(`${s.length > 80 ? s.slice(0, 40) + '...' + s.slice(-30) : s}: got ${String(got)}, want ${want}`);
  };
  for (let i = 0; i < 30000; i++) {
    const nd = 1 + Number(next() % 25n);
    let d = '';
    for (let j = 0; j < nd; j++) d += String(next() % 10n);
    const point = Number(next() % BigInt(nd + 1));
    check(`${d.slice(0, point)}.${d.slice(point)}e${Number(next() % 700n) - 350}`);
  }
  // Round trips of random doubles, with 17 and with 25 significant digits.
  for (let i = 0; i < 20000; i++) {
    const x = Math.abs(fromBits(BigInt.asIntN(64, next())));
    if (!Number.isFinite(x)) continue;
    check(x.toExponential(16));
    check(x.toPrecision(25));
    check(String(x));
  }
  // Exact halfway points between neighbouring doubles, and a hair above and below them.
  for (let i = 0; i < 3000; i++) {
    const b = i < 40 ? BigInt(i) : i < 80 ? (BigInt(i) << 52n) : next() % 0x7fefffffffffffffn;
    const e = Number(b >> 52n);
    const c = e === 0 ? b & ((1n << 52n) - 1n) : (b & ((1n << 52n) - 1n)) | (1n << 52n);
    const q = e === 0 ? -1074 : e - 1075;
    // midpoint (2c + 1) * 2^(q - 1) as an exact decimal
    const m = 2n * c + 1n;
    let s: string;
    if (q - 1 >= 0) s = (m << BigInt(q - 1)).toString();
    else {
      const digits = (m * 5n ** BigInt(1 - q)).toString();
      const frac = 1 - q;
      s = digits.length > frac ? `${digits.slice(0, digits.length - frac)}.${digits.slice(digits.length - frac)}` : `0.${'0'.repeat(frac - digits.length)}${digits}`;
    }
    check(s);
    check(s.includes('.') ? s + '000000000000000000001' : s + '.000000000000000000001');
    const lower = s.replace(/(\d)(0*)$/, (_all, d: string, z: string) => String(Number(d) - 1) + '9'.repeat(z.length)) + '9999999';
    check(s.includes('.') ? lower : lower.slice(0, -7) + '.9999999');
  }
  assert.equal(fails, []);
});

/** '%.*f' / '%.*e' exactly, from the double's exact value with BigInt (ties to even). */
function refFormat(x: number, p: number, expo: boolean): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x < 0 ? '-inf' : 'inf';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  const b = bitsOf(Math.abs(x));
  const be = Number(b >> 52n);
  let c = b & ((1n << 52n) - 1n);
  let q = -1074;
  if (be) {
    c |= 1n << 52n;
    q = be - 1075;
  }
  const N = q >= 0 ? c << BigInt(q) : c * 5n ** BigInt(-q);
  const s = Math.max(0, -q); // x = N / 10^s
  const roundDiv = (n: bigint, d: bigint) => {
    const k = n / d;
    const r = 2n * (n % d);
    return r > d || (r === d && (k & 1n) === 1n) ? k + 1n : k;
  };
  if (!expo) {
    const k = s > p ? roundDiv(N, 10n ** BigInt(s - p)) : N * 10n ** BigInt(p - s);
    const t = k.toString().padStart(p + 1, '0');
    return sign + (p ? `${t.slice(0, -p)}.${t.slice(-p)}` : t);
  }
  let e = 0;
  let t = '0'.repeat(p + 1);
  if (N !== 0n) {
    const L = N.toString().length;
    e = L - 1 - s;
    let k = L > p + 1 ? roundDiv(N, 10n ** BigInt(L - p - 1)) : N * 10n ** BigInt(p + 1 - L);
    if (k.toString().length > p + 1) {
      k /= 10n;
      e += 1;
    }
    t = k.toString();
  }
  return `${sign}${t[0]}${p ? '.' + t.slice(1) : ''}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
}

test("'%.*f' and '%.*e': exact decimal expansions, ties to even", () => {
  const fixed = (x: number, p: number) => readStr(ex.t_fixed(bitsOf(x), p) as number);
  const exp = (x: number, p: number) => readStr(ex.t_exp(bitsOf(x), p) as number);
  const cases: [number, number, string, string][] = [
    [0.5, 0, '0', '5e-01'], [1.5, 0, '2', '2e+00'], [2.5, 0, '2', '2e+00'], [2.675, 2, '2.67', '2.67e+00'],
    [-0, 2, '-0.00', '-0.00e+00'], [9.996, 2, '10.00', '1.00e+01'], [0.125, 2, '0.12', '1.25e-01'],
    [5e-324, 3, '0.000', '4.941e-324'], [NaN, 2, 'nan', 'nan'], [-Infinity, 1, '-inf', '-inf'], [99.5, 0, '100', '1e+02'],
  ];
  for (const [x, p, f, e] of cases) {
    assert.is(fixed(x, p), f, `'%.${p}f' % ${x}`);
    assert.is(exp(x, p), e, `'%.${p}e' % ${x}`);
  }
  const next = rng(4n);
  const fails: string[] = [];
  for (let i = 0; i < 6000; i++) {
    const r = next();
    const x = i % 2 ? fromBits(BigInt.asIntN(64, r)) : Number(r % 2000000n) / [1, 2, 8, 10, 100, 1024][i % 6];
    const p = Number(next() % 45n);
    for (const expo of [false, true]) {
      const got = expo ? exp(x, p) : fixed(x, p);
      const want = refFormat(x, p, expo);
      if (got !== want && fails.length < 10) fails.push(`'%.${p}${expo ? 'e' : 'f'}' % ${x}: got ${got.slice(0, 80)}, want ${want.slice(0, 80)}`);
    }
  }
  assert.equal(fails, []);
});

test.run();
