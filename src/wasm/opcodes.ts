// THE WebAssembly opcode table: one row per instruction of WebAssembly 2.0 (MVP, sign extension,
// saturating float-to-int, bulk memory, reference types, multi-value) plus the fixed-width SIMD
// proposal (0xFD prefix, only with `features.simd`). Everything else reads from here: the typed
// `emit` signature (a mapped type over the immediate kinds), the run-time immediate checks and the
// instruction encoder; tests build a valid use of every row from its stack signature.
//
// A row is `'wat name': [prefix, code, immediate kind, stack signature, n]` where
//   prefix  0 (one-byte opcode) or FC / FD (the opcode after the prefix is a u32 LEB128),
//   imm     which immediates follow the opcode (see ImmKind),
//   sig     'params -> results' when the instruction's types are fixed, null when they depend on
//           its immediates or the stack (control, locals, globals, tables, select, ref.is_null),
//   n       for memory ops the natural alignment (log2 bytes); for lane ops the lane count.
// Opcode numbers follow the spec's index of instructions (WebAssembly/spec, appendix).
// The typed `select` (0x1C, text `select (result t)`) is the row 'select_t'.

const FC = 0xfc;
const FD = 0xfd;

/** What follows an opcode in the binary; each kind has one argument shape in `emit`. */
export type ImmKind =
  | 'none'
  | 'block' // blocktype
  | 'label' // relative depth
  | 'br_table' // vec(labelidx) labelidx
  | 'func' // funcidx
  | 'call_indirect' // typeidx tableidx
  | 'local' // localidx
  | 'global' // globalidx
  | 'table' // tableidx
  | 'table_copy' // tableidx(dst) tableidx(src)
  | 'table_init' // elemidx tableidx
  | 'elem' // elemidx
  | 'data' // dataidx
  | 'memory' // memory index 0, written as the byte 0x00
  | 'memory_copy' // two memory indices (0x00 0x00)
  | 'memory_init' // dataidx, then memory 0x00
  | 'memarg' // align offset
  | 'memarg_lane' // align offset laneidx
  | 'lane' // laneidx (one byte)
  | 'i32'
  | 'i64'
  | 'f32'
  | 'f64'
  | 'v128' // 16 bytes
  | 'shuffle' // 16 lane indices < 32
  | 'reftype'
  | 'select_t'; // vec(valtype), exactly one in 2.0

type Row = readonly [prefix: number, code: number, imm: ImmKind, sig: string | null, n?: number];

export const OPCODE_TABLE = {
  'unreachable': [0, 0x00, 'none', null],
  'nop': [0, 0x01, 'none', '->'],
  'block': [0, 0x02, 'block', null],
  'loop': [0, 0x03, 'block', null],
  'if': [0, 0x04, 'block', null],
  'else': [0, 0x05, 'none', null],
  'end': [0, 0x0b, 'none', null],
  'br': [0, 0x0c, 'label', null],
  'br_if': [0, 0x0d, 'label', null],
  'br_table': [0, 0x0e, 'br_table', null],
  'return': [0, 0x0f, 'none', null],
  'call': [0, 0x10, 'func', null],
  'call_indirect': [0, 0x11, 'call_indirect', null],
  'drop': [0, 0x1a, 'none', null],
  'select': [0, 0x1b, 'none', null],
  'select_t': [0, 0x1c, 'select_t', null],
  'local.get': [0, 0x20, 'local', null],
  'local.set': [0, 0x21, 'local', null],
  'local.tee': [0, 0x22, 'local', null],
  'global.get': [0, 0x23, 'global', null],
  'global.set': [0, 0x24, 'global', null],
  'table.get': [0, 0x25, 'table', null],
  'table.set': [0, 0x26, 'table', null],
  'i32.load': [0, 0x28, 'memarg', 'i32 -> i32', 2],
  'i64.load': [0, 0x29, 'memarg', 'i32 -> i64', 3],
  'f32.load': [0, 0x2a, 'memarg', 'i32 -> f32', 2],
  'f64.load': [0, 0x2b, 'memarg', 'i32 -> f64', 3],
  'i32.load8_s': [0, 0x2c, 'memarg', 'i32 -> i32', 0],
  'i32.load8_u': [0, 0x2d, 'memarg', 'i32 -> i32', 0],
  'i32.load16_s': [0, 0x2e, 'memarg', 'i32 -> i32', 1],
  'i32.load16_u': [0, 0x2f, 'memarg', 'i32 -> i32', 1],
  'i64.load8_s': [0, 0x30, 'memarg', 'i32 -> i64', 0],
  'i64.load8_u': [0, 0x31, 'memarg', 'i32 -> i64', 0],
  'i64.load16_s': [0, 0x32, 'memarg', 'i32 -> i64', 1],
  'i64.load16_u': [0, 0x33, 'memarg', 'i32 -> i64', 1],
  'i64.load32_s': [0, 0x34, 'memarg', 'i32 -> i64', 2],
  'i64.load32_u': [0, 0x35, 'memarg', 'i32 -> i64', 2],
  'i32.store': [0, 0x36, 'memarg', 'i32 i32 ->', 2],
  'i64.store': [0, 0x37, 'memarg', 'i32 i64 ->', 3],
  'f32.store': [0, 0x38, 'memarg', 'i32 f32 ->', 2],
  'f64.store': [0, 0x39, 'memarg', 'i32 f64 ->', 3],
  'i32.store8': [0, 0x3a, 'memarg', 'i32 i32 ->', 0],
  'i32.store16': [0, 0x3b, 'memarg', 'i32 i32 ->', 1],
  'i64.store8': [0, 0x3c, 'memarg', 'i32 i64 ->', 0],
  'i64.store16': [0, 0x3d, 'memarg', 'i32 i64 ->', 1],
  'i64.store32': [0, 0x3e, 'memarg', 'i32 i64 ->', 2],
  'memory.size': [0, 0x3f, 'memory', '-> i32'],
  'memory.grow': [0, 0x40, 'memory', 'i32 -> i32'],
  'i32.const': [0, 0x41, 'i32', '-> i32'],
  'i64.const': [0, 0x42, 'i64', '-> i64'],
  'f32.const': [0, 0x43, 'f32', '-> f32'],
  'f64.const': [0, 0x44, 'f64', '-> f64'],
  'i32.eqz': [0, 0x45, 'none', 'i32 -> i32'],
  'i32.eq': [0, 0x46, 'none', 'i32 i32 -> i32'],
  'i32.ne': [0, 0x47, 'none', 'i32 i32 -> i32'],
  'i32.lt_s': [0, 0x48, 'none', 'i32 i32 -> i32'],
  'i32.lt_u': [0, 0x49, 'none', 'i32 i32 -> i32'],
  'i32.gt_s': [0, 0x4a, 'none', 'i32 i32 -> i32'],
  'i32.gt_u': [0, 0x4b, 'none', 'i32 i32 -> i32'],
  'i32.le_s': [0, 0x4c, 'none', 'i32 i32 -> i32'],
  'i32.le_u': [0, 0x4d, 'none', 'i32 i32 -> i32'],
  'i32.ge_s': [0, 0x4e, 'none', 'i32 i32 -> i32'],
  'i32.ge_u': [0, 0x4f, 'none', 'i32 i32 -> i32'],
  'i64.eqz': [0, 0x50, 'none', 'i64 -> i32'],
  'i64.eq': [0, 0x51, 'none', 'i64 i64 -> i32'],
  'i64.ne': [0, 0x52, 'none', 'i64 i64 -> i32'],
  'i64.lt_s': [0, 0x53, 'none', 'i64 i64 -> i32'],
  'i64.lt_u': [0, 0x54, 'none', 'i64 i64 -> i32'],
  'i64.gt_s': [0, 0x55, 'none', 'i64 i64 -> i32'],
  'i64.gt_u': [0, 0x56, 'none', 'i64 i64 -> i32'],
  'i64.le_s': [0, 0x57, 'none', 'i64 i64 -> i32'],
  'i64.le_u': [0, 0x58, 'none', 'i64 i64 -> i32'],
  'i64.ge_s': [0, 0x59, 'none', 'i64 i64 -> i32'],
  'i64.ge_u': [0, 0x5a, 'none', 'i64 i64 -> i32'],
  'f32.eq': [0, 0x5b, 'none', 'f32 f32 -> i32'],
  'f32.ne': [0, 0x5c, 'none', 'f32 f32 -> i32'],
  'f32.lt': [0, 0x5d, 'none', 'f32 f32 -> i32'],
  'f32.gt': [0, 0x5e, 'none', 'f32 f32 -> i32'],
  'f32.le': [0, 0x5f, 'none', 'f32 f32 -> i32'],
  'f32.ge': [0, 0x60, 'none', 'f32 f32 -> i32'],
  'f64.eq': [0, 0x61, 'none', 'f64 f64 -> i32'],
  'f64.ne': [0, 0x62, 'none', 'f64 f64 -> i32'],
  'f64.lt': [0, 0x63, 'none', 'f64 f64 -> i32'],
  'f64.gt': [0, 0x64, 'none', 'f64 f64 -> i32'],
  'f64.le': [0, 0x65, 'none', 'f64 f64 -> i32'],
  'f64.ge': [0, 0x66, 'none', 'f64 f64 -> i32'],
  'i32.clz': [0, 0x67, 'none', 'i32 -> i32'],
  'i32.ctz': [0, 0x68, 'none', 'i32 -> i32'],
  'i32.popcnt': [0, 0x69, 'none', 'i32 -> i32'],
  'i32.add': [0, 0x6a, 'none', 'i32 i32 -> i32'],
  'i32.sub': [0, 0x6b, 'none', 'i32 i32 -> i32'],
  'i32.mul': [0, 0x6c, 'none', 'i32 i32 -> i32'],
  'i32.div_s': [0, 0x6d, 'none', 'i32 i32 -> i32'],
  'i32.div_u': [0, 0x6e, 'none', 'i32 i32 -> i32'],
  'i32.rem_s': [0, 0x6f, 'none', 'i32 i32 -> i32'],
  'i32.rem_u': [0, 0x70, 'none', 'i32 i32 -> i32'],
  'i32.and': [0, 0x71, 'none', 'i32 i32 -> i32'],
  'i32.or': [0, 0x72, 'none', 'i32 i32 -> i32'],
  'i32.xor': [0, 0x73, 'none', 'i32 i32 -> i32'],
  'i32.shl': [0, 0x74, 'none', 'i32 i32 -> i32'],
  'i32.shr_s': [0, 0x75, 'none', 'i32 i32 -> i32'],
  'i32.shr_u': [0, 0x76, 'none', 'i32 i32 -> i32'],
  'i32.rotl': [0, 0x77, 'none', 'i32 i32 -> i32'],
  'i32.rotr': [0, 0x78, 'none', 'i32 i32 -> i32'],
  'i64.clz': [0, 0x79, 'none', 'i64 -> i64'],
  'i64.ctz': [0, 0x7a, 'none', 'i64 -> i64'],
  'i64.popcnt': [0, 0x7b, 'none', 'i64 -> i64'],
  'i64.add': [0, 0x7c, 'none', 'i64 i64 -> i64'],
  'i64.sub': [0, 0x7d, 'none', 'i64 i64 -> i64'],
  'i64.mul': [0, 0x7e, 'none', 'i64 i64 -> i64'],
  'i64.div_s': [0, 0x7f, 'none', 'i64 i64 -> i64'],
  'i64.div_u': [0, 0x80, 'none', 'i64 i64 -> i64'],
  'i64.rem_s': [0, 0x81, 'none', 'i64 i64 -> i64'],
  'i64.rem_u': [0, 0x82, 'none', 'i64 i64 -> i64'],
  'i64.and': [0, 0x83, 'none', 'i64 i64 -> i64'],
  'i64.or': [0, 0x84, 'none', 'i64 i64 -> i64'],
  'i64.xor': [0, 0x85, 'none', 'i64 i64 -> i64'],
  'i64.shl': [0, 0x86, 'none', 'i64 i64 -> i64'],
  'i64.shr_s': [0, 0x87, 'none', 'i64 i64 -> i64'],
  'i64.shr_u': [0, 0x88, 'none', 'i64 i64 -> i64'],
  'i64.rotl': [0, 0x89, 'none', 'i64 i64 -> i64'],
  'i64.rotr': [0, 0x8a, 'none', 'i64 i64 -> i64'],
  'f32.abs': [0, 0x8b, 'none', 'f32 -> f32'],
  'f32.neg': [0, 0x8c, 'none', 'f32 -> f32'],
  'f32.ceil': [0, 0x8d, 'none', 'f32 -> f32'],
  'f32.floor': [0, 0x8e, 'none', 'f32 -> f32'],
  'f32.trunc': [0, 0x8f, 'none', 'f32 -> f32'],
  'f32.nearest': [0, 0x90, 'none', 'f32 -> f32'],
  'f32.sqrt': [0, 0x91, 'none', 'f32 -> f32'],
  'f32.add': [0, 0x92, 'none', 'f32 f32 -> f32'],
  'f32.sub': [0, 0x93, 'none', 'f32 f32 -> f32'],
  'f32.mul': [0, 0x94, 'none', 'f32 f32 -> f32'],
  'f32.div': [0, 0x95, 'none', 'f32 f32 -> f32'],
  'f32.min': [0, 0x96, 'none', 'f32 f32 -> f32'],
  'f32.max': [0, 0x97, 'none', 'f32 f32 -> f32'],
  'f32.copysign': [0, 0x98, 'none', 'f32 f32 -> f32'],
  'f64.abs': [0, 0x99, 'none', 'f64 -> f64'],
  'f64.neg': [0, 0x9a, 'none', 'f64 -> f64'],
  'f64.ceil': [0, 0x9b, 'none', 'f64 -> f64'],
  'f64.floor': [0, 0x9c, 'none', 'f64 -> f64'],
  'f64.trunc': [0, 0x9d, 'none', 'f64 -> f64'],
  'f64.nearest': [0, 0x9e, 'none', 'f64 -> f64'],
  'f64.sqrt': [0, 0x9f, 'none', 'f64 -> f64'],
  'f64.add': [0, 0xa0, 'none', 'f64 f64 -> f64'],
  'f64.sub': [0, 0xa1, 'none', 'f64 f64 -> f64'],
  'f64.mul': [0, 0xa2, 'none', 'f64 f64 -> f64'],
  'f64.div': [0, 0xa3, 'none', 'f64 f64 -> f64'],
  'f64.min': [0, 0xa4, 'none', 'f64 f64 -> f64'],
  'f64.max': [0, 0xa5, 'none', 'f64 f64 -> f64'],
  'f64.copysign': [0, 0xa6, 'none', 'f64 f64 -> f64'],
  'i32.wrap_i64': [0, 0xa7, 'none', 'i64 -> i32'],
  'i32.trunc_f32_s': [0, 0xa8, 'none', 'f32 -> i32'],
  'i32.trunc_f32_u': [0, 0xa9, 'none', 'f32 -> i32'],
  'i32.trunc_f64_s': [0, 0xaa, 'none', 'f64 -> i32'],
  'i32.trunc_f64_u': [0, 0xab, 'none', 'f64 -> i32'],
  'i64.extend_i32_s': [0, 0xac, 'none', 'i32 -> i64'],
  'i64.extend_i32_u': [0, 0xad, 'none', 'i32 -> i64'],
  'i64.trunc_f32_s': [0, 0xae, 'none', 'f32 -> i64'],
  'i64.trunc_f32_u': [0, 0xaf, 'none', 'f32 -> i64'],
  'i64.trunc_f64_s': [0, 0xb0, 'none', 'f64 -> i64'],
  'i64.trunc_f64_u': [0, 0xb1, 'none', 'f64 -> i64'],
  'f32.convert_i32_s': [0, 0xb2, 'none', 'i32 -> f32'],
  'f32.convert_i32_u': [0, 0xb3, 'none', 'i32 -> f32'],
  'f32.convert_i64_s': [0, 0xb4, 'none', 'i64 -> f32'],
  'f32.convert_i64_u': [0, 0xb5, 'none', 'i64 -> f32'],
  'f32.demote_f64': [0, 0xb6, 'none', 'f64 -> f32'],
  'f64.convert_i32_s': [0, 0xb7, 'none', 'i32 -> f64'],
  'f64.convert_i32_u': [0, 0xb8, 'none', 'i32 -> f64'],
  'f64.convert_i64_s': [0, 0xb9, 'none', 'i64 -> f64'],
  'f64.convert_i64_u': [0, 0xba, 'none', 'i64 -> f64'],
  'f64.promote_f32': [0, 0xbb, 'none', 'f32 -> f64'],
  'i32.reinterpret_f32': [0, 0xbc, 'none', 'f32 -> i32'],
  'i64.reinterpret_f64': [0, 0xbd, 'none', 'f64 -> i64'],
  'f32.reinterpret_i32': [0, 0xbe, 'none', 'i32 -> f32'],
  'f64.reinterpret_i64': [0, 0xbf, 'none', 'i64 -> f64'],
  'i32.extend8_s': [0, 0xc0, 'none', 'i32 -> i32'],
  'i32.extend16_s': [0, 0xc1, 'none', 'i32 -> i32'],
  'i64.extend8_s': [0, 0xc2, 'none', 'i64 -> i64'],
  'i64.extend16_s': [0, 0xc3, 'none', 'i64 -> i64'],
  'i64.extend32_s': [0, 0xc4, 'none', 'i64 -> i64'],
  'ref.null': [0, 0xd0, 'reftype', null],
  'ref.is_null': [0, 0xd1, 'none', null],
  'ref.func': [0, 0xd2, 'func', '-> funcref'],
  'i32.trunc_sat_f32_s': [FC, 0x00, 'none', 'f32 -> i32'],
  'i32.trunc_sat_f32_u': [FC, 0x01, 'none', 'f32 -> i32'],
  'i32.trunc_sat_f64_s': [FC, 0x02, 'none', 'f64 -> i32'],
  'i32.trunc_sat_f64_u': [FC, 0x03, 'none', 'f64 -> i32'],
  'i64.trunc_sat_f32_s': [FC, 0x04, 'none', 'f32 -> i64'],
  'i64.trunc_sat_f32_u': [FC, 0x05, 'none', 'f32 -> i64'],
  'i64.trunc_sat_f64_s': [FC, 0x06, 'none', 'f64 -> i64'],
  'i64.trunc_sat_f64_u': [FC, 0x07, 'none', 'f64 -> i64'],
  'memory.init': [FC, 0x08, 'memory_init', 'i32 i32 i32 ->'],
  'data.drop': [FC, 0x09, 'data', '->'],
  'memory.copy': [FC, 0x0a, 'memory_copy', 'i32 i32 i32 ->'],
  'memory.fill': [FC, 0x0b, 'memory', 'i32 i32 i32 ->'],
  'table.init': [FC, 0x0c, 'table_init', 'i32 i32 i32 ->'],
  'elem.drop': [FC, 0x0d, 'elem', '->'],
  'table.copy': [FC, 0x0e, 'table_copy', 'i32 i32 i32 ->'],
  'table.grow': [FC, 0x0f, 'table', null],
  'table.size': [FC, 0x10, 'table', '-> i32'],
  'table.fill': [FC, 0x11, 'table', null],
  'v128.load': [FD, 0x00, 'memarg', 'i32 -> v128', 4],
  'v128.load8x8_s': [FD, 0x01, 'memarg', 'i32 -> v128', 3],
  'v128.load8x8_u': [FD, 0x02, 'memarg', 'i32 -> v128', 3],
  'v128.load16x4_s': [FD, 0x03, 'memarg', 'i32 -> v128', 3],
  'v128.load16x4_u': [FD, 0x04, 'memarg', 'i32 -> v128', 3],
  'v128.load32x2_s': [FD, 0x05, 'memarg', 'i32 -> v128', 3],
  'v128.load32x2_u': [FD, 0x06, 'memarg', 'i32 -> v128', 3],
  'v128.load8_splat': [FD, 0x07, 'memarg', 'i32 -> v128', 0],
  'v128.load16_splat': [FD, 0x08, 'memarg', 'i32 -> v128', 1],
  'v128.load32_splat': [FD, 0x09, 'memarg', 'i32 -> v128', 2],
  'v128.load64_splat': [FD, 0x0a, 'memarg', 'i32 -> v128', 3],
  'v128.store': [FD, 0x0b, 'memarg', 'i32 v128 ->', 4],
  'v128.const': [FD, 0x0c, 'v128', '-> v128'],
  'i8x16.shuffle': [FD, 0x0d, 'shuffle', 'v128 v128 -> v128'],
  'i8x16.swizzle': [FD, 0x0e, 'none', 'v128 v128 -> v128'],
  'i8x16.splat': [FD, 0x0f, 'none', 'i32 -> v128'],
  'i16x8.splat': [FD, 0x10, 'none', 'i32 -> v128'],
  'i32x4.splat': [FD, 0x11, 'none', 'i32 -> v128'],
  'i64x2.splat': [FD, 0x12, 'none', 'i64 -> v128'],
  'f32x4.splat': [FD, 0x13, 'none', 'f32 -> v128'],
  'f64x2.splat': [FD, 0x14, 'none', 'f64 -> v128'],
  'i8x16.extract_lane_s': [FD, 0x15, 'lane', 'v128 -> i32', 16],
  'i8x16.extract_lane_u': [FD, 0x16, 'lane', 'v128 -> i32', 16],
  'i8x16.replace_lane': [FD, 0x17, 'lane', 'v128 i32 -> v128', 16],
  'i16x8.extract_lane_s': [FD, 0x18, 'lane', 'v128 -> i32', 8],
  'i16x8.extract_lane_u': [FD, 0x19, 'lane', 'v128 -> i32', 8],
  'i16x8.replace_lane': [FD, 0x1a, 'lane', 'v128 i32 -> v128', 8],
  'i32x4.extract_lane': [FD, 0x1b, 'lane', 'v128 -> i32', 4],
  'i32x4.replace_lane': [FD, 0x1c, 'lane', 'v128 i32 -> v128', 4],
  'i64x2.extract_lane': [FD, 0x1d, 'lane', 'v128 -> i64', 2],
  'i64x2.replace_lane': [FD, 0x1e, 'lane', 'v128 i64 -> v128', 2],
  'f32x4.extract_lane': [FD, 0x1f, 'lane', 'v128 -> f32', 4],
  'f32x4.replace_lane': [FD, 0x20, 'lane', 'v128 f32 -> v128', 4],
  'f64x2.extract_lane': [FD, 0x21, 'lane', 'v128 -> f64', 2],
  'f64x2.replace_lane': [FD, 0x22, 'lane', 'v128 f64 -> v128', 2],
  'i8x16.eq': [FD, 0x23, 'none', 'v128 v128 -> v128'],
  'i8x16.ne': [FD, 0x24, 'none', 'v128 v128 -> v128'],
  'i8x16.lt_s': [FD, 0x25, 'none', 'v128 v128 -> v128'],
  'i8x16.lt_u': [FD, 0x26, 'none', 'v128 v128 -> v128'],
  'i8x16.gt_s': [FD, 0x27, 'none', 'v128 v128 -> v128'],
  'i8x16.gt_u': [FD, 0x28, 'none', 'v128 v128 -> v128'],
  'i8x16.le_s': [FD, 0x29, 'none', 'v128 v128 -> v128'],
  'i8x16.le_u': [FD, 0x2a, 'none', 'v128 v128 -> v128'],
  'i8x16.ge_s': [FD, 0x2b, 'none', 'v128 v128 -> v128'],
  'i8x16.ge_u': [FD, 0x2c, 'none', 'v128 v128 -> v128'],
  'i16x8.eq': [FD, 0x2d, 'none', 'v128 v128 -> v128'],
  'i16x8.ne': [FD, 0x2e, 'none', 'v128 v128 -> v128'],
  'i16x8.lt_s': [FD, 0x2f, 'none', 'v128 v128 -> v128'],
  'i16x8.lt_u': [FD, 0x30, 'none', 'v128 v128 -> v128'],
  'i16x8.gt_s': [FD, 0x31, 'none', 'v128 v128 -> v128'],
  'i16x8.gt_u': [FD, 0x32, 'none', 'v128 v128 -> v128'],
  'i16x8.le_s': [FD, 0x33, 'none', 'v128 v128 -> v128'],
  'i16x8.le_u': [FD, 0x34, 'none', 'v128 v128 -> v128'],
  'i16x8.ge_s': [FD, 0x35, 'none', 'v128 v128 -> v128'],
  'i16x8.ge_u': [FD, 0x36, 'none', 'v128 v128 -> v128'],
  'i32x4.eq': [FD, 0x37, 'none', 'v128 v128 -> v128'],
  'i32x4.ne': [FD, 0x38, 'none', 'v128 v128 -> v128'],
  'i32x4.lt_s': [FD, 0x39, 'none', 'v128 v128 -> v128'],
  'i32x4.lt_u': [FD, 0x3a, 'none', 'v128 v128 -> v128'],
  'i32x4.gt_s': [FD, 0x3b, 'none', 'v128 v128 -> v128'],
  'i32x4.gt_u': [FD, 0x3c, 'none', 'v128 v128 -> v128'],
  'i32x4.le_s': [FD, 0x3d, 'none', 'v128 v128 -> v128'],
  'i32x4.le_u': [FD, 0x3e, 'none', 'v128 v128 -> v128'],
  'i32x4.ge_s': [FD, 0x3f, 'none', 'v128 v128 -> v128'],
  'i32x4.ge_u': [FD, 0x40, 'none', 'v128 v128 -> v128'],
  'f32x4.eq': [FD, 0x41, 'none', 'v128 v128 -> v128'],
  'f32x4.ne': [FD, 0x42, 'none', 'v128 v128 -> v128'],
  'f32x4.lt': [FD, 0x43, 'none', 'v128 v128 -> v128'],
  'f32x4.gt': [FD, 0x44, 'none', 'v128 v128 -> v128'],
  'f32x4.le': [FD, 0x45, 'none', 'v128 v128 -> v128'],
  'f32x4.ge': [FD, 0x46, 'none', 'v128 v128 -> v128'],
  'f64x2.eq': [FD, 0x47, 'none', 'v128 v128 -> v128'],
  'f64x2.ne': [FD, 0x48, 'none', 'v128 v128 -> v128'],
  'f64x2.lt': [FD, 0x49, 'none', 'v128 v128 -> v128'],
  'f64x2.gt': [FD, 0x4a, 'none', 'v128 v128 -> v128'],
  'f64x2.le': [FD, 0x4b, 'none', 'v128 v128 -> v128'],
  'f64x2.ge': [FD, 0x4c, 'none', 'v128 v128 -> v128'],
  'v128.not': [FD, 0x4d, 'none', 'v128 -> v128'],
  'v128.and': [FD, 0x4e, 'none', 'v128 v128 -> v128'],
  'v128.andnot': [FD, 0x4f, 'none', 'v128 v128 -> v128'],
  'v128.or': [FD, 0x50, 'none', 'v128 v128 -> v128'],
  'v128.xor': [FD, 0x51, 'none', 'v128 v128 -> v128'],
  'v128.bitselect': [FD, 0x52, 'none', 'v128 v128 v128 -> v128'],
  'v128.any_true': [FD, 0x53, 'none', 'v128 -> i32'],
  'v128.load8_lane': [FD, 0x54, 'memarg_lane', 'i32 v128 -> v128', 0],
  'v128.load16_lane': [FD, 0x55, 'memarg_lane', 'i32 v128 -> v128', 1],
  'v128.load32_lane': [FD, 0x56, 'memarg_lane', 'i32 v128 -> v128', 2],
  'v128.load64_lane': [FD, 0x57, 'memarg_lane', 'i32 v128 -> v128', 3],
  'v128.store8_lane': [FD, 0x58, 'memarg_lane', 'i32 v128 ->', 0],
  'v128.store16_lane': [FD, 0x59, 'memarg_lane', 'i32 v128 ->', 1],
  'v128.store32_lane': [FD, 0x5a, 'memarg_lane', 'i32 v128 ->', 2],
  'v128.store64_lane': [FD, 0x5b, 'memarg_lane', 'i32 v128 ->', 3],
  'v128.load32_zero': [FD, 0x5c, 'memarg', 'i32 -> v128', 2],
  'v128.load64_zero': [FD, 0x5d, 'memarg', 'i32 -> v128', 3],
  'f32x4.demote_f64x2_zero': [FD, 0x5e, 'none', 'v128 -> v128'],
  'f64x2.promote_low_f32x4': [FD, 0x5f, 'none', 'v128 -> v128'],
  'i8x16.abs': [FD, 0x60, 'none', 'v128 -> v128'],
  'i8x16.neg': [FD, 0x61, 'none', 'v128 -> v128'],
  'i8x16.popcnt': [FD, 0x62, 'none', 'v128 -> v128'],
  'i8x16.all_true': [FD, 0x63, 'none', 'v128 -> i32'],
  'i8x16.bitmask': [FD, 0x64, 'none', 'v128 -> i32'],
  'i8x16.narrow_i16x8_s': [FD, 0x65, 'none', 'v128 v128 -> v128'],
  'i8x16.narrow_i16x8_u': [FD, 0x66, 'none', 'v128 v128 -> v128'],
  'f32x4.ceil': [FD, 0x67, 'none', 'v128 -> v128'],
  'f32x4.floor': [FD, 0x68, 'none', 'v128 -> v128'],
  'f32x4.trunc': [FD, 0x69, 'none', 'v128 -> v128'],
  'f32x4.nearest': [FD, 0x6a, 'none', 'v128 -> v128'],
  'i8x16.shl': [FD, 0x6b, 'none', 'v128 i32 -> v128'],
  'i8x16.shr_s': [FD, 0x6c, 'none', 'v128 i32 -> v128'],
  'i8x16.shr_u': [FD, 0x6d, 'none', 'v128 i32 -> v128'],
  'i8x16.add': [FD, 0x6e, 'none', 'v128 v128 -> v128'],
  'i8x16.add_sat_s': [FD, 0x6f, 'none', 'v128 v128 -> v128'],
  'i8x16.add_sat_u': [FD, 0x70, 'none', 'v128 v128 -> v128'],
  'i8x16.sub': [FD, 0x71, 'none', 'v128 v128 -> v128'],
  'i8x16.sub_sat_s': [FD, 0x72, 'none', 'v128 v128 -> v128'],
  'i8x16.sub_sat_u': [FD, 0x73, 'none', 'v128 v128 -> v128'],
  'f64x2.ceil': [FD, 0x74, 'none', 'v128 -> v128'],
  'f64x2.floor': [FD, 0x75, 'none', 'v128 -> v128'],
  'i8x16.min_s': [FD, 0x76, 'none', 'v128 v128 -> v128'],
  'i8x16.min_u': [FD, 0x77, 'none', 'v128 v128 -> v128'],
  'i8x16.max_s': [FD, 0x78, 'none', 'v128 v128 -> v128'],
  'i8x16.max_u': [FD, 0x79, 'none', 'v128 v128 -> v128'],
  'f64x2.trunc': [FD, 0x7a, 'none', 'v128 -> v128'],
  'i8x16.avgr_u': [FD, 0x7b, 'none', 'v128 v128 -> v128'],
  'i16x8.extadd_pairwise_i8x16_s': [FD, 0x7c, 'none', 'v128 -> v128'],
  'i16x8.extadd_pairwise_i8x16_u': [FD, 0x7d, 'none', 'v128 -> v128'],
  'i32x4.extadd_pairwise_i16x8_s': [FD, 0x7e, 'none', 'v128 -> v128'],
  'i32x4.extadd_pairwise_i16x8_u': [FD, 0x7f, 'none', 'v128 -> v128'],
  'i16x8.abs': [FD, 0x80, 'none', 'v128 -> v128'],
  'i16x8.neg': [FD, 0x81, 'none', 'v128 -> v128'],
  'i16x8.q15mulr_sat_s': [FD, 0x82, 'none', 'v128 v128 -> v128'],
  'i16x8.all_true': [FD, 0x83, 'none', 'v128 -> i32'],
  'i16x8.bitmask': [FD, 0x84, 'none', 'v128 -> i32'],
  'i16x8.narrow_i32x4_s': [FD, 0x85, 'none', 'v128 v128 -> v128'],
  'i16x8.narrow_i32x4_u': [FD, 0x86, 'none', 'v128 v128 -> v128'],
  'i16x8.extend_low_i8x16_s': [FD, 0x87, 'none', 'v128 -> v128'],
  'i16x8.extend_high_i8x16_s': [FD, 0x88, 'none', 'v128 -> v128'],
  'i16x8.extend_low_i8x16_u': [FD, 0x89, 'none', 'v128 -> v128'],
  'i16x8.extend_high_i8x16_u': [FD, 0x8a, 'none', 'v128 -> v128'],
  'i16x8.shl': [FD, 0x8b, 'none', 'v128 i32 -> v128'],
  'i16x8.shr_s': [FD, 0x8c, 'none', 'v128 i32 -> v128'],
  'i16x8.shr_u': [FD, 0x8d, 'none', 'v128 i32 -> v128'],
  'i16x8.add': [FD, 0x8e, 'none', 'v128 v128 -> v128'],
  'i16x8.add_sat_s': [FD, 0x8f, 'none', 'v128 v128 -> v128'],
  'i16x8.add_sat_u': [FD, 0x90, 'none', 'v128 v128 -> v128'],
  'i16x8.sub': [FD, 0x91, 'none', 'v128 v128 -> v128'],
  'i16x8.sub_sat_s': [FD, 0x92, 'none', 'v128 v128 -> v128'],
  'i16x8.sub_sat_u': [FD, 0x93, 'none', 'v128 v128 -> v128'],
  'f64x2.nearest': [FD, 0x94, 'none', 'v128 -> v128'],
  'i16x8.mul': [FD, 0x95, 'none', 'v128 v128 -> v128'],
  'i16x8.min_s': [FD, 0x96, 'none', 'v128 v128 -> v128'],
  'i16x8.min_u': [FD, 0x97, 'none', 'v128 v128 -> v128'],
  'i16x8.max_s': [FD, 0x98, 'none', 'v128 v128 -> v128'],
  'i16x8.max_u': [FD, 0x99, 'none', 'v128 v128 -> v128'],
  'i16x8.avgr_u': [FD, 0x9b, 'none', 'v128 v128 -> v128'],
  'i16x8.extmul_low_i8x16_s': [FD, 0x9c, 'none', 'v128 v128 -> v128'],
  'i16x8.extmul_high_i8x16_s': [FD, 0x9d, 'none', 'v128 v128 -> v128'],
  'i16x8.extmul_low_i8x16_u': [FD, 0x9e, 'none', 'v128 v128 -> v128'],
  'i16x8.extmul_high_i8x16_u': [FD, 0x9f, 'none', 'v128 v128 -> v128'],
  'i32x4.abs': [FD, 0xa0, 'none', 'v128 -> v128'],
  'i32x4.neg': [FD, 0xa1, 'none', 'v128 -> v128'],
  'i32x4.all_true': [FD, 0xa3, 'none', 'v128 -> i32'],
  'i32x4.bitmask': [FD, 0xa4, 'none', 'v128 -> i32'],
  'i32x4.extend_low_i16x8_s': [FD, 0xa7, 'none', 'v128 -> v128'],
  'i32x4.extend_high_i16x8_s': [FD, 0xa8, 'none', 'v128 -> v128'],
  'i32x4.extend_low_i16x8_u': [FD, 0xa9, 'none', 'v128 -> v128'],
  'i32x4.extend_high_i16x8_u': [FD, 0xaa, 'none', 'v128 -> v128'],
  'i32x4.shl': [FD, 0xab, 'none', 'v128 i32 -> v128'],
  'i32x4.shr_s': [FD, 0xac, 'none', 'v128 i32 -> v128'],
  'i32x4.shr_u': [FD, 0xad, 'none', 'v128 i32 -> v128'],
  'i32x4.add': [FD, 0xae, 'none', 'v128 v128 -> v128'],
  'i32x4.sub': [FD, 0xb1, 'none', 'v128 v128 -> v128'],
  'i32x4.mul': [FD, 0xb5, 'none', 'v128 v128 -> v128'],
  'i32x4.min_s': [FD, 0xb6, 'none', 'v128 v128 -> v128'],
  'i32x4.min_u': [FD, 0xb7, 'none', 'v128 v128 -> v128'],
  'i32x4.max_s': [FD, 0xb8, 'none', 'v128 v128 -> v128'],
  'i32x4.max_u': [FD, 0xb9, 'none', 'v128 v128 -> v128'],
  'i32x4.dot_i16x8_s': [FD, 0xba, 'none', 'v128 v128 -> v128'],
  'i32x4.extmul_low_i16x8_s': [FD, 0xbc, 'none', 'v128 v128 -> v128'],
  'i32x4.extmul_high_i16x8_s': [FD, 0xbd, 'none', 'v128 v128 -> v128'],
  'i32x4.extmul_low_i16x8_u': [FD, 0xbe, 'none', 'v128 v128 -> v128'],
  'i32x4.extmul_high_i16x8_u': [FD, 0xbf, 'none', 'v128 v128 -> v128'],
  'i64x2.abs': [FD, 0xc0, 'none', 'v128 -> v128'],
  'i64x2.neg': [FD, 0xc1, 'none', 'v128 -> v128'],
  'i64x2.all_true': [FD, 0xc3, 'none', 'v128 -> i32'],
  'i64x2.bitmask': [FD, 0xc4, 'none', 'v128 -> i32'],
  'i64x2.extend_low_i32x4_s': [FD, 0xc7, 'none', 'v128 -> v128'],
  'i64x2.extend_high_i32x4_s': [FD, 0xc8, 'none', 'v128 -> v128'],
  'i64x2.extend_low_i32x4_u': [FD, 0xc9, 'none', 'v128 -> v128'],
  'i64x2.extend_high_i32x4_u': [FD, 0xca, 'none', 'v128 -> v128'],
  'i64x2.shl': [FD, 0xcb, 'none', 'v128 i32 -> v128'],
  'i64x2.shr_s': [FD, 0xcc, 'none', 'v128 i32 -> v128'],
  'i64x2.shr_u': [FD, 0xcd, 'none', 'v128 i32 -> v128'],
  'i64x2.add': [FD, 0xce, 'none', 'v128 v128 -> v128'],
  'i64x2.sub': [FD, 0xd1, 'none', 'v128 v128 -> v128'],
  'i64x2.mul': [FD, 0xd5, 'none', 'v128 v128 -> v128'],
  'i64x2.eq': [FD, 0xd6, 'none', 'v128 v128 -> v128'],
  'i64x2.ne': [FD, 0xd7, 'none', 'v128 v128 -> v128'],
  'i64x2.lt_s': [FD, 0xd8, 'none', 'v128 v128 -> v128'],
  'i64x2.gt_s': [FD, 0xd9, 'none', 'v128 v128 -> v128'],
  'i64x2.le_s': [FD, 0xda, 'none', 'v128 v128 -> v128'],
  'i64x2.ge_s': [FD, 0xdb, 'none', 'v128 v128 -> v128'],
  'i64x2.extmul_low_i32x4_s': [FD, 0xdc, 'none', 'v128 v128 -> v128'],
  'i64x2.extmul_high_i32x4_s': [FD, 0xdd, 'none', 'v128 v128 -> v128'],
  'i64x2.extmul_low_i32x4_u': [FD, 0xde, 'none', 'v128 v128 -> v128'],
  'i64x2.extmul_high_i32x4_u': [FD, 0xdf, 'none', 'v128 v128 -> v128'],
  'f32x4.abs': [FD, 0xe0, 'none', 'v128 -> v128'],
  'f32x4.neg': [FD, 0xe1, 'none', 'v128 -> v128'],
  'f32x4.sqrt': [FD, 0xe3, 'none', 'v128 -> v128'],
  'f32x4.add': [FD, 0xe4, 'none', 'v128 v128 -> v128'],
  'f32x4.sub': [FD, 0xe5, 'none', 'v128 v128 -> v128'],
  'f32x4.mul': [FD, 0xe6, 'none', 'v128 v128 -> v128'],
  'f32x4.div': [FD, 0xe7, 'none', 'v128 v128 -> v128'],
  'f32x4.min': [FD, 0xe8, 'none', 'v128 v128 -> v128'],
  'f32x4.max': [FD, 0xe9, 'none', 'v128 v128 -> v128'],
  'f32x4.pmin': [FD, 0xea, 'none', 'v128 v128 -> v128'],
  'f32x4.pmax': [FD, 0xeb, 'none', 'v128 v128 -> v128'],
  'f64x2.abs': [FD, 0xec, 'none', 'v128 -> v128'],
  'f64x2.neg': [FD, 0xed, 'none', 'v128 -> v128'],
  'f64x2.sqrt': [FD, 0xef, 'none', 'v128 -> v128'],
  'f64x2.add': [FD, 0xf0, 'none', 'v128 v128 -> v128'],
  'f64x2.sub': [FD, 0xf1, 'none', 'v128 v128 -> v128'],
  'f64x2.mul': [FD, 0xf2, 'none', 'v128 v128 -> v128'],
  'f64x2.div': [FD, 0xf3, 'none', 'v128 v128 -> v128'],
  'f64x2.min': [FD, 0xf4, 'none', 'v128 v128 -> v128'],
  'f64x2.max': [FD, 0xf5, 'none', 'v128 v128 -> v128'],
  'f64x2.pmin': [FD, 0xf6, 'none', 'v128 v128 -> v128'],
  'f64x2.pmax': [FD, 0xf7, 'none', 'v128 v128 -> v128'],
  'i32x4.trunc_sat_f32x4_s': [FD, 0xf8, 'none', 'v128 -> v128'],
  'i32x4.trunc_sat_f32x4_u': [FD, 0xf9, 'none', 'v128 -> v128'],
  'f32x4.convert_i32x4_s': [FD, 0xfa, 'none', 'v128 -> v128'],
  'f32x4.convert_i32x4_u': [FD, 0xfb, 'none', 'v128 -> v128'],
  'i32x4.trunc_sat_f64x2_s_zero': [FD, 0xfc, 'none', 'v128 -> v128'],
  'i32x4.trunc_sat_f64x2_u_zero': [FD, 0xfd, 'none', 'v128 -> v128'],
  'f64x2.convert_low_i32x4_s': [FD, 0xfe, 'none', 'v128 -> v128'],
  'f64x2.convert_low_i32x4_u': [FD, 0xff, 'none', 'v128 -> v128'],
} as const satisfies Record<string, Row>;

export type OpName = keyof typeof OPCODE_TABLE;
export type ImmKindOf<N extends OpName> = (typeof OPCODE_TABLE)[N][2];

export interface StackSig {
  readonly params: readonly string[];
  readonly results: readonly string[];
}

export interface OpInfo {
  /** Position in OPCODES (stable for one build of the table). */
  readonly id: number;
  readonly name: OpName;
  readonly prefix: number;
  readonly code: number;
  readonly imm: ImmKind;
  readonly sig: StackSig | null;
  /** Natural alignment (log2) for memory ops, lane count for lane ops, else 0. */
  readonly n: number;
  readonly feature: 'simd' | null;
  /** The opcode bytes: the prefix (if any) and the LEB128 opcode. */
  readonly bytes: Uint8Array;
  /** Reads or writes linear memory 0 (so the module needs a memory). */
  readonly usesMemory: boolean;
}

function parseSig(sig: string | null): StackSig | null {
  if (sig === null) return null;
  const [p, r] = sig.split('->');
  const words = (s: string | undefined) => (s ?? '').split(' ').filter((x) => x !== '');
  return { params: words(p), results: words(r) };
}

function opcodeBytes(prefix: number, code: number): Uint8Array {
  if (prefix === 0) return Uint8Array.of(code);
  const out = [prefix];
  let n = code;
  while (n >= 0x80) {
    out.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  out.push(n);
  return Uint8Array.from(out);
}

function buildOpcodes(): OpInfo[] {
  const out: OpInfo[] = [];
  for (const [name, row] of Object.entries(OPCODE_TABLE) as [OpName, Row][]) {
    const [prefix, code, imm, sig, n] = row;
    out.push(
      Object.freeze({
        id: out.length,
        name,
        prefix,
        code,
        imm,
        sig: parseSig(sig),
        n: n ?? 0,
        feature: prefix === FD ? 'simd' : null,
        bytes: opcodeBytes(prefix, code),
        usesMemory:
          imm === 'memarg' || imm === 'memarg_lane' || imm === 'memory' || imm === 'memory_copy' || imm === 'memory_init',
      }),
    );
  }
  return out;
}

/** Every row of the table, in table order. */
export const OPCODES: readonly OpInfo[] = Object.freeze(buildOpcodes());

const BY_NAME: ReadonlyMap<string, OpInfo> = new Map(OPCODES.map((o) => [o.name, o]));

/** The row for a wat instruction name, or undefined. */
export function opInfo(name: string): OpInfo | undefined {
  return BY_NAME.get(name);
}
