// The WASI preview-1 import table (shared by the code generator and the __keel__ intrinsics): each `wasi_snapshot_preview1` function an IR `call @wasi.X`
// may name, with its exact wasm signature. Every parameter is an i32 (an fd, a flag word, a
// pointer or a length) except the 64-bit ones (file offsets, rights, timestamps, cookies); every
// function returns an i32 errno except proc_exit, which returns nothing. A module imports only
// the functions it calls.
import type { FuncSig } from '../ir/function.js';
import type { IrType } from '../ir/types.js';

export const WASI_MODULE = 'wasi_snapshot_preview1';
/** IR calls to `@wasi.X` name the import X. */
export const WASI_PREFIX = 'wasi.';

const I = 'i32' as const;
const L = 'i64' as const;

function sig(params: IrType[], errno = true): FuncSig {
  return { params, results: errno ? ['i32'] : [] };
}

/** Preview-1 functions by name (without the `wasi.` prefix). */
export const WASI_FUNCS: Readonly<Record<string, FuncSig>> = {
  args_get: sig([I, I]), // argv, argv_buf
  args_sizes_get: sig([I, I]), // *argc, *argv_buf_size
  environ_get: sig([I, I]), // environ, environ_buf
  environ_sizes_get: sig([I, I]), // *count, *buf_size
  clock_res_get: sig([I, I]), // clock id, *resolution
  clock_time_get: sig([I, L, I]), // clock id, precision, *time
  fd_close: sig([I]),
  fd_fdstat_get: sig([I, I]), // fd, *fdstat
  fd_fdstat_set_flags: sig([I, I]), // fd, fdflags
  fd_filestat_get: sig([I, I]), // fd, *filestat
  fd_prestat_get: sig([I, I]), // fd, *prestat
  fd_prestat_dir_name: sig([I, I, I]), // fd, path, path_len
  fd_read: sig([I, I, I, I]), // fd, iovs, iovs_len, *nread
  fd_pread: sig([I, I, I, L, I]), // fd, iovs, iovs_len, offset, *nread
  fd_write: sig([I, I, I, I]), // fd, iovs, iovs_len, *nwritten
  fd_pwrite: sig([I, I, I, L, I]), // fd, iovs, iovs_len, offset, *nwritten
  fd_readdir: sig([I, I, I, L, I]), // fd, buf, buf_len, cookie, *bufused
  fd_seek: sig([I, L, I, I]), // fd, offset, whence, *newoffset
  fd_tell: sig([I, I]), // fd, *offset
  fd_sync: sig([I]),
  path_open: sig([I, I, I, I, I, L, L, I, I]), // dirfd, dirflags, path, path_len, oflags, rights base, rights inheriting, fdflags, *fd
  path_filestat_get: sig([I, I, I, I, I]), // dirfd, flags, path, path_len, *filestat
  path_create_directory: sig([I, I, I]), // dirfd, path, path_len
  path_remove_directory: sig([I, I, I]),
  path_unlink_file: sig([I, I, I]),
  path_rename: sig([I, I, I, I, I, I]), // dirfd, old, old_len, new dirfd, new, new_len
  poll_oneoff: sig([I, I, I, I]), // in, out, nsubscriptions, *nevents
  proc_exit: sig([I], false), // exit code
  random_get: sig([I, I]), // buf, buf_len
  sched_yield: sig([]),
};

/** The signature of `@wasi.X` for an IR function name, or undefined if it is not a WASI call. */
export function wasiSig(irName: string): FuncSig | undefined {
  if (!irName.startsWith(WASI_PREFIX)) return undefined;
  const name = irName.slice(WASI_PREFIX.length);
  return Object.prototype.hasOwnProperty.call(WASI_FUNCS, name) ? WASI_FUNCS[name] : undefined;
}
