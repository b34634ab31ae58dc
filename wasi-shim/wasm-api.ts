// wasm-api: the few WebAssembly JS API types the runners use. Keel compiles with lib ES2022 and
// Node's types, neither of which declares the WebAssembly namespace (lib.dom does), so a file that
// uses it writes `declare const WebAssembly: WasmApi;` (module-scoped: no global declaration that
// could clash with lib.dom if a project adds it later).

/** A compiled module (opaque). */
export interface WasmModule {
  readonly __wasmModule?: never;
}

export interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(deltaPages: number): number;
}

export interface WasmInstance {
  readonly exports: Record<string, unknown>;
}

export type WasmImports = Record<string, Record<string, unknown>>;

export type WasmBytes = ArrayBuffer | ArrayBufferView;

export interface WasmApi {
  Module: { new (bytes: WasmBytes): WasmModule; prototype: WasmModule };
  Instance: { new (module: WasmModule, imports?: WasmImports): WasmInstance; prototype: WasmInstance };
  Memory: { new (descriptor: { initial: number; maximum?: number }): WasmMemory; prototype: WasmMemory };
  compile(bytes: WasmBytes): Promise<WasmModule>;
  instantiate(module: WasmModule, imports?: WasmImports): Promise<WasmInstance>;
  validate(bytes: WasmBytes): boolean;
}
