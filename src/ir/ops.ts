// THE op table: every IR instruction, with its operand and result types, immediate kind and
// effects. The printer, reader, verifier, DCE (effects) and constant folder read from here;
// nothing else lists ops.
//
// Effects:
//   pure     no side effect and no exception: removable when unused, CSE-able, hoistable
//   raises   may set the pending exception (the lowering places a check after it)
//   reads    reads memory or globals;  writes: writes memory or globals (or calls out)
import type { IrType } from './types.js';

export type ImmKind = 'none' | 'int' | 'float' | 'str' | 'func' | 'global' | 'type';

export interface OpInfo {
  /** Operand types; 'any' accepts any type; a trailing '...' makes the last type repeat. */
  args: readonly (IrType | 'any' | '...')[];
  /** Result type; 'imm' for ops whose result type is given by the immediate (call); null: none. */
  result: IrType | null | 'callee';
  imm: ImmKind;
  pure: boolean;
  raises: boolean;
  reads: boolean;
  writes: boolean;
  /** Ends a block; its targets are the successor blocks with their arguments. */
  terminator: boolean;
  /** Loads and stores: the bytes of memory they access. */
  bytes?: number;
  /** Constant folding for raw ops on constant operands (bigint for i64/i32, number for f64). */
  fold?: (...a: never[]) => bigint | number | undefined;
  doc: string;
}

const base = { pure: true, raises: false, reads: false, writes: false, terminator: false, imm: 'none' as ImmKind };

const wrap32 = (x: bigint) => BigInt.asIntN(32, x);
const b = (c: boolean) => (c ? 1n : 0n);

function rawF64(fold: (a: number, c: number) => number, doc: string): OpInfo {
  return { ...base, args: ['f64', 'f64'], result: 'f64', fold: fold as OpInfo['fold'], doc };
}
function cmpF64(fold: (a: number, c: number) => boolean, doc: string): OpInfo {
  return { ...base, args: ['f64', 'f64'], result: 'i32', fold: ((a: number, c: number) => (fold(a, c) ? 1n : 0n)) as OpInfo['fold'], doc };
}
/** A generic Python operation on universal words: dispatches at run time, may raise. */
function py(n: number, doc: string, result: IrType = 'obj'): OpInfo {
  return { ...base, pure: false, raises: true, reads: true, writes: true, args: Array(n).fill('obj'), result, doc };
}

function unF64(fold: (a: number) => number, doc: string): OpInfo {
  return { ...base, args: ['f64'], result: 'f64', fold: fold as OpInfo['fold'], doc };
}
/** Wasm's integer ops for one width; division and remainder trap on zero in wasm, so they are
 * only emitted where the divisor is known non-zero (they are not marked pure for that reason). */
function rawIntOps<W extends 'i64' | 'i32'>(w: W, bits: 64 | 32) {
  const wrap = (x: bigint) => BigInt.asIntN(bits, x);
  const u = (x: bigint) => BigInt.asUintN(bits, x);
  const mask = BigInt(bits - 1);
  const bin = (f: (a: bigint, c: bigint) => bigint | undefined, doc: string): OpInfo =>
    ({ ...base, args: [w, w], result: w, fold: f as OpInfo['fold'], doc });
  const cmp = (f: (a: bigint, c: bigint) => boolean, doc: string): OpInfo =>
    ({ ...base, args: [w, w], result: 'i32', fold: ((a: bigint, c: bigint) => b(f(a, c))) as OpInfo['fold'], doc });
  const div = (f: (a: bigint, c: bigint) => bigint | undefined, doc: string): OpInfo =>
    ({ ...bin(f, doc), pure: false, fold: ((a: bigint, c: bigint) => (c === 0n ? undefined : f(a, c))) as OpInfo['fold'] });
  return {
    [`${w}.add`]: bin((a, c) => wrap(a + c), 'wrapping add'),
    [`${w}.sub`]: bin((a, c) => wrap(a - c), 'wrapping subtract'),
    [`${w}.mul`]: bin((a, c) => wrap(a * c), 'wrapping multiply'),
    [`${w}.div_s`]: div((a, c) => (a === -(1n << BigInt(bits - 1)) && c === -1n ? undefined : wrap(a / c)), 'signed divide, truncating (divisor must be non-zero)'),
    [`${w}.rem_s`]: div((a, c) => wrap(a % c), 'signed remainder, sign of dividend (divisor must be non-zero)'),
    [`${w}.div_u`]: div((a, c) => wrap(u(a) / u(c)), 'unsigned divide (divisor must be non-zero)'),
    [`${w}.rem_u`]: div((a, c) => wrap(u(a) % u(c)), 'unsigned remainder (divisor must be non-zero)'),
    [`${w}.and`]: bin((a, c) => a & c, 'bitwise and'),
    [`${w}.or`]: bin((a, c) => a | c, 'bitwise or'),
    [`${w}.xor`]: bin((a, c) => a ^ c, 'bitwise xor'),
    [`${w}.shl`]: bin((a, c) => wrap(a << (c & mask)), 'shift left (count mod width)'),
    [`${w}.shr_s`]: bin((a, c) => a >> (c & mask), 'arithmetic shift right (count mod width)'),
    [`${w}.shr_u`]: bin((a, c) => wrap(u(a) >> (c & mask)), 'logical shift right (count mod width)'),
    [`${w}.eq`]: cmp((a, c) => a === c, 'equal'),
    [`${w}.ne`]: cmp((a, c) => a !== c, 'not equal'),
    [`${w}.lt_s`]: cmp((a, c) => a < c, 'signed less than'),
    [`${w}.le_s`]: cmp((a, c) => a <= c, 'signed less or equal'),
    [`${w}.gt_s`]: cmp((a, c) => a > c, 'signed greater than'),
    [`${w}.ge_s`]: cmp((a, c) => a >= c, 'signed greater or equal'),
    [`${w}.lt_u`]: cmp((a, c) => u(a) < u(c), 'unsigned less than'),
    [`${w}.le_u`]: cmp((a, c) => u(a) <= u(c), 'unsigned less or equal'),
    [`${w}.gt_u`]: cmp((a, c) => u(a) > u(c), 'unsigned greater than'),
    [`${w}.ge_u`]: cmp((a, c) => u(a) >= u(c), 'unsigned greater or equal'),
  } as Record<`${W}.${RawIntName}`, OpInfo>;
}
type RawIntName = 'add' | 'sub' | 'mul' | 'div_s' | 'rem_s' | 'div_u' | 'rem_u' | 'and' | 'or' | 'xor' | 'shl' | 'shr_s' | 'shr_u'
  | 'eq' | 'ne' | 'lt_s' | 'le_s' | 'gt_s' | 'ge_s' | 'lt_u' | 'le_u' | 'gt_u' | 'ge_u';

/** Loads and stores: `load.T addr` reads T at addr + imm; `store.T addr, value` writes it. */
function memOps() {
  const load = (t: IrType, bytes: number, doc: string): OpInfo => ({ ...base, pure: false, reads: true, args: ['i32'], result: t, imm: 'int', bytes, doc });
  const store = (t: IrType, bytes: number, doc: string): OpInfo => ({ ...base, pure: false, writes: true, args: ['i32', t], result: null, imm: 'int', bytes, doc });
  return {
    'load.i64': load('i64', 8, 'load 8 bytes'),
    'load.obj': load('obj', 8, 'load a universal word (8 bytes)'),
    'load.f64': load('f64', 8, 'load a float'),
    'load.i32': load('i32', 4, 'load 4 bytes'),
    'load.u16': load('i32', 2, 'load 2 bytes, zero-extended'),
    'load.u8': load('i32', 1, 'load 1 byte, zero-extended'),
    'store.i64': store('i64', 8, 'store 8 bytes'),
    'store.obj': store('obj', 8, 'store a universal word'),
    'store.f64': store('f64', 8, 'store a float'),
    'store.i32': store('i32', 4, 'store 4 bytes'),
    'store.u16': store('i32', 2, 'store the low 2 bytes'),
    'store.u8': store('i32', 1, 'store the low byte'),
  } as const;
}

/** A Python int operation specialized by inference (see the ops table). */
function intOp(doc: string): OpInfo {
  return { ...base, reads: true, args: ['obj', 'obj'], result: 'obj', doc };
}
function intCmp(doc: string): OpInfo {
  return { ...base, reads: true, args: ['obj', 'obj'], result: 'i32', doc };
}

export const OPS = {
  // ---- constants -------------------------------------------------------------------------
  'const.i64': { ...base, args: [], result: 'i64', imm: 'int', doc: 'a raw i64 constant' },
  'const.i32': { ...base, args: [], result: 'i32', imm: 'int', doc: 'a raw i32 constant' },
  'const.f64': { ...base, args: [], result: 'f64', imm: 'float', doc: 'a raw f64 constant' },
  'const.int': { ...base, args: [], result: 'obj', imm: 'int', doc: 'a Python int (small: tagged; else a static big int)' },
  'const.float': { ...base, args: [], result: 'obj', imm: 'float', doc: 'a Python float (a static boxed float)' },
  'const.str': { ...base, args: [], result: 'obj', imm: 'str', doc: 'a Python str (a static string object)' },
  'const.none': { ...base, args: [], result: 'obj', doc: 'None' },
  'const.bool': { ...base, args: [], result: 'obj', imm: 'int', doc: 'True (1) or False (0)' },

  // ---- raw integer and float arithmetic (machine semantics, never raise) --------------------
  ...rawIntOps('i64', 64),
  ...rawIntOps('i32', 32),
  'i64.eqz': { ...base, args: ['i64'], result: 'i32', fold: ((a: bigint) => b(a === 0n)) as OpInfo['fold'], doc: '1 if zero' },
  'i32.eqz': { ...base, args: ['i32'], result: 'i32', fold: ((a: bigint) => b(a === 0n)) as OpInfo['fold'], doc: '1 if zero' },
  'i64.clz': { ...base, args: ['i64'], result: 'i64', doc: 'count leading zeros' },
  'i64.ctz': { ...base, args: ['i64'], result: 'i64', doc: 'count trailing zeros' },
  'i64.popcnt': { ...base, args: ['i64'], result: 'i64', doc: 'count one bits' },
  'i32.clz': { ...base, args: ['i32'], result: 'i32', doc: 'count leading zeros' },
  'f64.add': rawF64((a, c) => a + c, 'add'),
  'f64.sub': rawF64((a, c) => a - c, 'subtract'),
  'f64.mul': rawF64((a, c) => a * c, 'multiply'),
  'f64.div': rawF64((a, c) => a / c, 'divide (IEEE: no exception)'),
  'f64.min': rawF64((a, c) => Math.min(a, c), 'minimum (wasm semantics)'),
  'f64.max': rawF64((a, c) => Math.max(a, c), 'maximum (wasm semantics)'),
  'f64.copysign': rawF64((a, c) => Math.sign(c) < 0 || Object.is(c, -0) ? -Math.abs(a) : Math.abs(a), 'magnitude of a, sign of b'),
  'f64.eq': cmpF64((a, c) => a === c, 'equal'),
  'f64.ne': cmpF64((a, c) => a !== c, 'not equal'),
  'f64.lt': cmpF64((a, c) => a < c, 'less than'),
  'f64.le': cmpF64((a, c) => a <= c, 'less or equal'),
  'f64.gt': cmpF64((a, c) => a > c, 'greater than'),
  'f64.ge': cmpF64((a, c) => a >= c, 'greater or equal'),
  'f64.neg': unF64((a) => -a, 'negate'),
  'f64.abs': unF64(Math.abs, 'absolute value'),
  'f64.sqrt': unF64(Math.sqrt, 'square root'),
  'f64.floor': unF64(Math.floor, 'round down'),
  'f64.ceil': unF64(Math.ceil, 'round up'),
  'f64.trunc': unF64(Math.trunc, 'round toward zero'),
  'f64.nearest': unF64((a) => a - Math.floor(a) === 0.5 ? 2 * Math.round(a / 2) : Math.round(a), 'round half to even'),
  'i64.to_f64': { ...base, args: ['i64'], result: 'f64', fold: ((a: bigint) => Number(a)) as OpInfo['fold'], doc: 'signed convert (rounds to nearest)' },
  'f64.to_i64_sat': { ...base, args: ['f64'], result: 'i64', doc: 'truncate toward zero, saturating (nan -> 0)' },
  'f64.bits': { ...base, args: ['f64'], result: 'i64', doc: 'reinterpret the bits as i64' },
  'f64.from_bits': { ...base, args: ['i64'], result: 'f64', doc: 'reinterpret i64 bits as f64' },
  'i32.to_i64': { ...base, args: ['i32'], result: 'i64', fold: ((a: bigint) => a) as OpInfo['fold'], doc: 'sign-extend' },
  'u32.to_i64': { ...base, args: ['i32'], result: 'i64', fold: ((a: bigint) => BigInt.asUintN(32, a)) as OpInfo['fold'], doc: 'zero-extend' },
  'i64.to_i32': { ...base, args: ['i64'], result: 'i32', fold: ((a: bigint) => wrap32(a)) as OpInfo['fold'], doc: 'wrap' },

  // ---- memory (linear memory; addresses are i32; imm = constant byte offset) -------------------
  ...memOps(),
  // A word that never changes while its object lives (a fixed-length list's length and items
  // buffer: specialize.ts, infer.ts fixedLen), so the load is pure: GVN merges it, LICM hoists it.
  'load.fixed_i32': { ...base, args: ['i32'], result: 'i32', imm: 'int', doc: 'load 4 bytes that never change while the object lives (pure)' },
  'mem.size': { ...base, pure: false, reads: true, args: [], result: 'i32', doc: 'memory size in 64 KiB pages' },
  'mem.grow': { ...base, pure: false, reads: true, writes: true, args: ['i32'], result: 'i32', doc: 'grow by n pages; old size or -1' },
  'mem.copy': { ...base, pure: false, reads: true, writes: true, args: ['i32', 'i32', 'i32'], result: null, doc: 'copy (dst, src, n)' },
  'mem.fill': { ...base, pure: false, writes: true, args: ['i32', 'i32', 'i32'], result: null, doc: 'fill (dst, byte, n)' },

  // ---- instance attribute slots (src/lower/classes.ts): a load.obj / store.obj at the slot's
  // address, named, so inference can give a slot the types stored under its name anywhere
  'attr.load': { ...base, pure: false, reads: true, args: ['i32'], result: 'obj', imm: 'str', doc: 'the word at the address of the slot of attribute imm (NULL_WORD when empty)' },
  'attr.store': { ...base, pure: false, writes: true, args: ['i32', 'obj'], result: null, imm: 'str', doc: 'store into the slot of attribute imm at the address' },

  // ---- boxing between raw values and universal words ---------------------------------------
  'box.bool': { ...base, args: ['i32'], result: 'obj', doc: 'i32 0/1 -> False/True' },
  'box.float': { ...base, args: ['f64'], result: 'obj', doc: 'a new float object (allocation is invisible, so it counts as pure)' },
  'unbox.float': { ...base, reads: true, args: ['obj'], result: 'f64', doc: 'the value of an object known to be a float' },
  'tag.int': { ...base, args: ['i64'], result: 'obj', doc: 'i64 known to fit in 63 bits -> small int word' },
  'untag.int': { ...base, args: ['obj'], result: 'i64', doc: 'small int word -> i64 (operand known small)' },
  'word.ptr': { ...base, args: ['obj'], result: 'i32', doc: 'the address of the object a pointer word points to' },
  'ptr.word': { ...base, args: ['i32'], result: 'obj', doc: 'the pointer word for an object address' },
  'is.small': { ...base, args: ['obj'], result: 'i32', doc: '1 if the word is a small int' },

  'word.bits': { ...base, args: ['obj'], result: 'i64', doc: 'the bits of a word, unchanged (for tag tests and tagged arithmetic)' },
  'bits.word': { ...base, args: ['i64'], result: 'obj', doc: 'bits known to form a valid word, as a word' },

  // ---- Python ints and floats where inference proved the types (expanded before codegen) ----
  // Operands are ints or bools (words); the expansion takes a small-int fast path inline and
  // calls the generic runtime operation otherwise, so these never raise (but floordiv/mod by 0).
  'int.add': intOp('a + b on ints'),
  'int.sub': intOp('a - b on ints'),
  'int.mul': intOp('a * b on ints'),
  'int.floordiv': { ...intOp('a // b on ints (ZeroDivisionError)'), pure: false, raises: true },
  'int.mod': { ...intOp('a % b on ints (ZeroDivisionError)'), pure: false, raises: true },
  'int.lt': intCmp('a < b on ints'),
  'int.le': intCmp('a <= b on ints'),
  'int.gt': intCmp('a > b on ints'),
  'int.ge': intCmp('a >= b on ints'),
  'int.eq': intCmp('a == b on ints'),
  'int.ne': intCmp('a != b on ints'),
  'int.within': { ...base, args: ['obj', 'obj', 'obj'], result: 'obj', doc: 'a, an int known to lie in lo..hi (operands 2 and 3, const.int), unchanged: a fact for the range pass (items makes it) and for expand (range makes it on an int.add/int.sub operand; expand drops it)' },
  'float.div': { ...base, pure: false, raises: true, args: ['f64', 'f64'], result: 'f64', doc: 'a / b on floats (ZeroDivisionError when b is 0)' },
  'num.to_f64': { ...base, pure: false, raises: true, reads: true, args: ['obj'], result: 'f64', doc: 'float(x) of an int, bool or float (OverflowError for huge ints)' },

  // ---- generic Python operations on universal words ----------------------------------------
  'py.add': py(2, 'a + b'),
  'py.sub': py(2, 'a - b'),
  'py.mul': py(2, 'a * b'),
  'py.truediv': py(2, 'a / b'),
  'py.floordiv': py(2, 'a // b'),
  'py.mod': py(2, 'a % b'),
  'py.pow': py(2, 'a ** b'),
  'py.lshift': py(2, 'a << b'),
  'py.rshift': py(2, 'a >> b'),
  'py.and': py(2, 'a & b'),
  'py.or': py(2, 'a | b'),
  'py.xor': py(2, 'a ^ b'),
  // In-place forms: sets and dicts change in place (the left operand is the result); on
  // anything else they are the binary operator.
  'py.ior': py(2, 'a |= b'),
  'py.iand': py(2, 'a &= b'),
  'py.ixor': py(2, 'a ^= b'),
  'py.isub': py(2, 'a -= b'),
  'py.iadd': py(2, 'a += b (lists and bytearrays in place)'),
  'py.imul': py(2, 'a *= b (lists and bytearrays in place)'),
  // The binary operator, whose TypeError names the in-place form (`//=`).
  'py.itruediv': py(2, 'a /= b'),
  'py.ifloordiv': py(2, 'a //= b'),
  'py.imod': py(2, 'a %= b'),
  'py.ipow': py(2, 'a **= b'),
  'py.ilshift': py(2, 'a <<= b'),
  'py.irshift': py(2, 'a >>= b'),
  'py.neg': py(1, '-a'),
  'py.pos': py(1, '+a'),
  'py.invert': py(1, '~a'),
  'py.eq': py(2, 'a == b'),
  'py.ne': py(2, 'a != b'),
  'py.lt': py(2, 'a < b'),
  'py.le': py(2, 'a <= b'),
  'py.gt': py(2, 'a > b'),
  'py.ge': py(2, 'a >= b'),
  'py.truth': py(1, 'bool(a) as i32 0/1', 'i32'),
  'py.is': { ...base, args: ['obj', 'obj'], result: 'i32', doc: 'a is b' },

  // ---- variables, calls ----------------------------------------------------------------------
  'global.get': { ...base, pure: false, reads: true, args: [], result: 'obj', imm: 'global', doc: 'read a module global (NULL when unbound: the reader tests it and raises NameError)' },
  'global.set': { ...base, pure: false, writes: true, args: ['obj'], result: null, imm: 'global', doc: 'write a module global' },
  call: { ...base, pure: false, raises: true, reads: true, writes: true, args: ['any', '...'], result: 'callee', imm: 'func', doc: 'call a function of this program or the runtime' },
  // Function objects (docs/object-model.md): the code of a Python function is a wasm function
  // (env: obj, p1: obj, ..., pn: obj) -> obj in the module's function table.
  'func.ref': { ...base, args: [], result: 'i32', imm: 'func', doc: "the function's index in the module's function table (its signature must be (obj, obj...) -> obj)" },
  'call.indirect': { ...base, pure: false, raises: true, reads: true, writes: true, args: ['i32', 'obj', 'obj', '...'], result: 'obj', doc: 'call table entry a0 with env a1 and the obj arguments a2..; the entry must take exactly that many (callers check the arity)' },

  // ---- generator frames (src/lower/gen.ts); imm = "<resume function>:<slot>" ------------------
  // Slot i of a generator object's frame is the word at GEN_SLOTS + 8 * i. Inference gives a
  // load the union of the types stored to the same slot anywhere in the program.
  'frame.load': { ...base, pure: false, reads: true, args: ['obj'], result: 'obj', imm: 'str', doc: 'read a frame slot of a generator object' },
  'frame.store': { ...base, pure: false, writes: true, args: ['obj', 'obj'], result: null, imm: 'str', doc: 'write a frame slot of a generator object' },

  // ---- the pending exception and the heap (wasm globals the code generator owns) ------------
  'exc.get': { ...base, pure: false, reads: true, args: [], result: 'obj', doc: 'the pending exception (0 when none)' },
  'exc.set': { ...base, pure: false, writes: true, args: ['obj'], result: null, doc: 'set the pending exception (0 clears it)' },
  'heap.base': { ...base, args: [], result: 'i32', doc: 'the first free address after static data (fixed at code generation)' },

  // ---- terminators -----------------------------------------------------------------------------
  jump: { ...base, terminator: true, args: [], result: null, doc: 'jump to the one target' },
  br: { ...base, terminator: true, args: ['i32'], result: null, doc: 'to the first target if nonzero, else the second' },
  'check.exc': { ...base, terminator: true, reads: true, args: [], result: null, doc: 'to the second target (the handler or the unwind block) if an exception is pending, else the first' },
  ret: { ...base, terminator: true, args: ['any', '...'], result: null, doc: 'return the operands' },
  unreachable: { ...base, terminator: true, args: [], result: null, doc: 'control never gets here' },
} as const satisfies Record<string, OpInfo>;

export type Opcode = keyof typeof OPS;

export function opInfo(op: Opcode): OpInfo {
  return OPS[op];
}

export function isOpcode(s: string): s is Opcode {
  return Object.prototype.hasOwnProperty.call(OPS, s);
}
