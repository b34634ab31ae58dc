// toWat: disassembles a module to the text format with wabt (loaded lazily, so the compiler
// itself never loads it), reading the name section so functions and locals keep their names.

export interface ToWatOptions {
  /** Fold instructions into s-expressions. */
  foldExprs?: boolean;
  /** Enable SIMD when reading (default true: reading is permissive). */
  simd?: boolean;
}

export async function toWat(bytes: Uint8Array, options: ToWatOptions = {}): Promise<string> {
  const { default: wabtInit } = await import('wabt');
  const wabt = await wabtInit();
  const m = wabt.readWasm(bytes, {
    readDebugNames: true,
    mutable_globals: true,
    sat_float_to_int: true,
    sign_extension: true,
    multi_value: true,
    bulk_memory: true,
    reference_types: true,
    simd: options.simd ?? true,
  });
  try {
    m.generateNames();
    m.applyNames();
    return m.toText({ foldExprs: options.foldExprs ?? false, inlineExport: false });
  } finally {
    m.destroy();
  }
}
