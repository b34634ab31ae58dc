// wasi-shim/node: the Node adapter for wasi-shim/index.ts. Owns: copying host directories into
// in-memory preopens and writing what the program changed back to the host afterwards, reading
// host stdin on demand (HostStdin), and runWasiNode, which ties these to runWasi.
// browser_wasi_shim keeps files in memory, so a preopened directory is loaded eagerly (bounded by
// DirLimits) and written back when the program ends, however it ends.
import { closeSync, mkdirSync, readdirSync, readFileSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Directory, Fd, File, wasi as defs } from '@bjorn3/browser_wasi_shim';
import { runWasi, runWasiSync, type RunWasiOptions } from './index.js';
import type { WasmApi, WasmModule } from './wasm-api.js';

declare const WebAssembly: WasmApi;

export interface DirLimits {
  /** Most bytes loaded from one preopened directory tree (default 256 MiB). */
  maxBytes: number;
  /** Most files and directories loaded from one tree (default 20000). */
  maxEntries: number;
}

const DEFAULT_LIMITS: DirLimits = { maxBytes: 256 << 20, maxEntries: 20000 };

/** A host directory loaded into memory, with what it held, so changes can be written back. */
export interface LoadedDir {
  hostPath: string;
  dir: Directory;
  /** Relative path -> the File object and a copy of its bytes when loaded. */
  files: Map<string, { file: File; bytes: Uint8Array }>;
  /** Relative paths of the subdirectories that existed when loaded. */
  dirs: Set<string>;
}

/** Copies a host directory tree into a browser_wasi_shim Directory (symlinks are followed). */
export function loadHostDir(hostPath: string, limits: DirLimits = DEFAULT_LIMITS): LoadedDir {
  const loaded: LoadedDir = { hostPath: resolve(hostPath), dir: new Directory([]), files: new Map(), dirs: new Set() };
  const budget = { bytes: 0, entries: 0 };
  const fill = (dir: Directory, host: string, rel: string): void => {
    for (const name of readdirSync(host).sort()) {
      const hostChild = join(host, name);
      const relChild = rel === '' ? name : `${rel}/${name}`;
      let st;
      try {
        st = statSync(hostChild);
      } catch {
        continue; // a dangling symlink
      }
      if (++budget.entries > limits.maxEntries) throw tooBig(hostPath, `more than ${limits.maxEntries} entries`);
      if (st.isDirectory()) {
        const sub = new Directory([]);
        dir.contents.set(name, sub);
        loaded.dirs.add(relChild);
        fill(sub, hostChild, relChild);
      } else if (st.isFile()) {
        budget.bytes += st.size;
        if (budget.bytes > limits.maxBytes) throw tooBig(hostPath, `more than ${limits.maxBytes} bytes`);
        const bytes = new Uint8Array(readFileSync(hostChild));
        const file = new File(bytes.slice());
        dir.contents.set(name, file);
        loaded.files.set(relChild, { file, bytes });
      }
    }
  };
  fill(loaded.dir, loaded.hostPath, '');
  return loaded;
}

function tooBig(hostPath: string, what: string): Error {
  return new Error(
    `cannot preopen ${hostPath} under the wasi-shim: it holds ${what}, and the shim keeps files in memory; ` +
      'preopen a smaller directory or use another runtime (--runtime node, wasmtime or wazero)',
  );
}

/** Writes files the program created or changed back to the host, and removes what it deleted. */
export function writeBackHostDir(loaded: LoadedDir): void {
  const seenFiles = new Set<string>();
  const seenDirs = new Set<string>();
  const walk = (dir: Directory, rel: string): void => {
    for (const [name, inode] of dir.contents) {
      const relChild = rel === '' ? name : `${rel}/${name}`;
      const host = join(loaded.hostPath, relChild);
      if (inode instanceof Directory) {
        seenDirs.add(relChild);
        if (!loaded.dirs.has(relChild)) mkdirSync(host, { recursive: true });
        walk(inode, relChild);
      } else if (inode instanceof File) {
        seenFiles.add(relChild);
        const before = loaded.files.get(relChild);
        if (!before || before.file !== inode || !sameBytes(before.bytes, inode.data)) writeFileSync(host, inode.data);
      }
    }
  };
  walk(loaded.dir, '');
  for (const rel of loaded.files.keys()) {
    if (!seenFiles.has(rel)) rmSync(join(loaded.hostPath, rel), { force: true });
  }
  for (const rel of loaded.dirs) {
    if (!seenDirs.has(rel)) rmSync(join(loaded.hostPath, rel), { recursive: true, force: true });
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(a, b) === 0;
}

/** Stdin read from a host file descriptor (default 0) only when the program asks for it. */
export class HostStdin extends Fd {
  constructor(private readonly fd = 0) {
    super();
  }

  override fd_read(size: number): { ret: number; data: Uint8Array } {
    const buf = new Uint8Array(size);
    for (;;) {
      try {
        const n = readSync(this.fd, buf, 0, size, null);
        return { ret: 0, data: buf.subarray(0, n) };
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EOF') return { ret: 0, data: buf.subarray(0, 0) };
        if (code !== 'EAGAIN') return { ret: defs.ERRNO_IO, data: buf.subarray(0, 0) };
        // A non-blocking stdin (a TTY or pipe that Node switched): wait a little and retry.
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
      }
    }
  }

  override fd_fdstat_get(): { ret: number; fdstat: InstanceType<typeof defs.Fdstat> | null } {
    const fdstat = new defs.Fdstat(defs.FILETYPE_CHARACTER_DEVICE, 0);
    fdstat.fs_rights_base = BigInt(defs.RIGHTS_FD_READ);
    return { ret: 0, fdstat };
  }

  override fd_close(): number {
    if (this.fd > 2) closeSync(this.fd);
    return 0;
  }
}

export interface RunWasiNodeOptions extends Omit<RunWasiOptions, 'dirs' | 'stdin'> {
  /** Host directories, each preopened under the same path (as given: relative stays relative). */
  dirs?: string[];
  /** Stdin bytes given up front; 'inherit' reads this process's stdin on demand. Default empty. */
  stdin?: Uint8Array | 'inherit';
  limits?: DirLimits;
}

/**
 * Runs a WASI command in this process through the shim, with host directories preopened.
 * Resolves to the exit code; rejects only when a directory cannot be loaded or written back.
 * A compiled module runs synchronously (no await between instantiation and _start).
 */
export async function runWasiNode(wasm: Uint8Array | WasmModule, options: RunWasiNodeOptions): Promise<number> {
  const loaded = (options.dirs ?? []).map((d) => ({ guest: d, dir: loadHostDir(d, options.limits) }));
  const dirs: Record<string, Directory> = {};
  for (const { guest, dir } of loaded) dirs[guest] = dir.dir;
  const stdin = options.stdin === 'inherit' ? new HostStdin(0) : options.stdin;
  const shimOptions: RunWasiOptions = { ...options, dirs, stdin };
  const code =
    wasm instanceof WebAssembly.Module ? runWasiSync(wasm, shimOptions) : await runWasi(wasm, shimOptions);
  for (const { dir } of loaded) writeBackHostDir(dir);
  return code;
}

