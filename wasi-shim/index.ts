// wasi-shim: runs a WASI preview-1 command with @bjorn3/browser_wasi_shim, in a browser or in
// Node, with no Node imports. Owns: argv/env/stdin set-up, stdout/stderr callbacks, in-memory
// preopened directories (DirTree), exit-code mapping (proc_exit(n) -> n & 255, trap -> 1) and the
// fixes this project needs on top of browser_wasi_shim 0.4.2 (see patchImports).
// The Node adapter that maps host directories and host stdin into it is wasi-shim/node.ts.
import {
  ConsoleStdout,
  Directory,
  Fd,
  File,
  Inode,
  OpenFile,
  PreopenDirectory,
  WASI,
  WASIProcExit,
} from '@bjorn3/browser_wasi_shim';
import type { WasmApi, WasmBytes, WasmImports, WasmInstance, WasmModule } from './wasm-api.js';

declare const WebAssembly: WasmApi;

/** A directory given up front: file name -> file bytes or subdirectory. */
export interface DirTree {
  [name: string]: Uint8Array | DirTree;
}

export interface RunWasiOptions {
  /** The full argv, argv[0] included (by convention the module's file name). */
  args?: string[];
  /** The environment; default empty. Entries become KEY=VALUE in insertion order. */
  env?: Record<string, string>;
  /** All of stdin, given up front (default: empty), or an Fd that reads it on demand. */
  stdin?: Uint8Array | Fd;
  /**
   * Preopened directories, by guest path (e.g. "/data" or "data"). A DirTree is copied into a
   * fresh in-memory directory; a browser_wasi_shim Directory is used as is, so the caller can
   * see what the program wrote into it after the run.
   */
  dirs?: Record<string, DirTree | Directory>;
  /** Receives each chunk the program writes to fd 1 / fd 2: a copy the callee may keep, but must
   *  not transfer or detach (the shim reads its length afterwards as the count written). */
  onStdout?: (chunk: Uint8Array) => void;
  onStderr?: (chunk: Uint8Array) => void;
}

/** The exit code reported when the module traps or the host throws (what Node and wazero use). */
export const TRAP_EXIT_CODE = 1;

/** Turns a DirTree into a browser_wasi_shim Directory (copies nothing: files share the bytes). */
export function toDirectory(tree: DirTree): Directory {
  return new Directory(toEntries(tree));
}

function toEntries(tree: DirTree): Map<string, Inode> {
  const entries = new Map<string, Inode>();
  for (const [name, value] of Object.entries(tree)) {
    entries.set(name, value instanceof Uint8Array ? new File(value) : new Directory(toEntries(value)));
  }
  return entries;
}

/**
 * Compiles (if needed), instantiates and runs a WASI command; resolves to its exit code.
 * Never rejects because of the program: a trap, a missing import or an invalid module is written
 * to onStderr as "<ErrorName>: <message>" and gives TRAP_EXIT_CODE.
 */
export async function runWasi(
  wasm: WasmBytes | WasmModule,
  options: RunWasiOptions = {},
): Promise<number> {
  let module: WasmModule;
  try {
    module = wasm instanceof WebAssembly.Module ? wasm : await WebAssembly.compile(wasm);
  } catch (e) {
    return reportFailure(e, options);
  }
  const setup = prepare(options);
  let instance: WasmInstance;
  try {
    instance = await WebAssembly.instantiate(module, setup.imports);
  } catch (e) {
    return reportFailure(e, options);
  }
  return start(setup.wasi, instance, options);
}

/**
 * The synchronous form of runWasi for an already compiled module (Node, workers; a browser's
 * main thread only allows small modules to be instantiated synchronously).
 */
export function runWasiSync(module: WasmModule, options: RunWasiOptions = {}): number {
  const setup = prepare(options);
  let instance: WasmInstance;
  try {
    instance = new WebAssembly.Instance(module, setup.imports);
  } catch (e) {
    return reportFailure(e, options);
  }
  return start(setup.wasi, instance, options);
}

interface Setup {
  wasi: WASI;
  imports: WasmImports;
}

function prepare(options: RunWasiOptions): Setup {
  const args = options.args ?? ['main.wasm'];
  const env = Object.entries(options.env ?? {}).map(([k, v]) => `${k}=${v}`);
  const stdin = options.stdin ?? new Uint8Array(0);
  const fds: Fd[] = [
    stdin instanceof Uint8Array ? new OpenFile(new File(stdin, { readonly: true })) : stdin,
    new ConsoleStdout(options.onStdout ?? (() => {})),
    new ConsoleStdout(options.onStderr ?? (() => {})),
  ];
  for (const [guest, dir] of Object.entries(options.dirs ?? {})) {
    const contents = dir instanceof Directory ? dir.contents : toEntries(dir);
    fds.push(new PreopenDirectory(guest, contents));
  }
  const wasi = new WASI(args, env, fds, { debug: false });
  patchImports(wasi);
  return { wasi, imports: { wasi_snapshot_preview1: wasi.wasiImport } };
}

/**
 * Fixes in browser_wasi_shim 0.4.2 that change what a program sees:
 * - args_sizes_get counts UTF-16 units, not UTF-8 bytes, so a non-ASCII argument overflowed the
 *   buffer the program allocated; count bytes as args_get writes them.
 * - random_get returns nothing (read as errno 0 by luck); return 0 explicitly.
 * - path_create_directory succeeds when the path already exists (it opens it with O_CREAT but
 *   not O_EXCL); POSIX and the other runtimes give EEXIST (os.mkdir raises FileExistsError).
 */
function patchImports(wasi: WASI): void {
  const imports = wasi.wasiImport;
  const encoder = new TextEncoder();
  imports['args_sizes_get'] = (argcPtr: number, bufSizePtr: number): number => {
    const view = new DataView(wasi.inst.exports.memory.buffer);
    let size = 0;
    for (const arg of wasi.args) size += encoder.encode(arg).length + 1;
    view.setUint32(argcPtr, wasi.args.length, true);
    view.setUint32(bufSizePtr, size, true);
    return 0;
  };
  const createDirectory = imports['path_create_directory']!;
  imports['path_create_directory'] = (fd: number, pathPtr: number, pathLen: number): number => {
    const dir = wasi.fds[fd];
    if (dir !== undefined) {
      const path = new TextDecoder().decode(new Uint8Array(wasi.inst.exports.memory.buffer, pathPtr, pathLen));
      if (dir.path_filestat_get(0, path).ret === 0) return 20; // ERRNO_EXIST
    }
    return createDirectory(fd, pathPtr, pathLen) as number;
  };
  const randomGet = imports['random_get']!;
  imports['random_get'] = (buf: number, len: number): number => {
    randomGet(buf, len);
    return 0;
  };
}

function start(wasi: WASI, instance: WasmInstance, options: RunWasiOptions): number {
  const exports = instance.exports as { memory?: unknown; _start?: unknown };
  if (!(exports.memory instanceof WebAssembly.Memory) || typeof exports._start !== 'function') {
    return reportFailure(new Error('the module is not a WASI command: it needs to export "memory" and "_start"'), options);
  }
  try {
    // start() catches WASIProcExit itself and returns its code; 0 when _start returns.
    return wasi.start(instance as unknown as Parameters<WASI['start']>[0]) & 255;
  } catch (e) {
    if (e instanceof WASIProcExit) return e.code & 255;
    return reportFailure(e, options);
  }
}

function reportFailure(e: unknown, options: RunWasiOptions): number {
  const message =
    e instanceof Error ? `${e.name}: ${e.message}` : `Error: ${typeof e === 'string' ? e : String(e)}`;
  options.onStderr?.(new TextEncoder().encode(`${message}\n`));
  return TRAP_EXIT_CODE;
}
