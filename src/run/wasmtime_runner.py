"""wasmtime_runner: runs one WASI preview-1 command with the `wasmtime` Python package, for
`keel run --runtime wasmtime` when the wasmtime CLI is not on PATH (src/run/runtimes.ts starts
it). Owns: the request format and the exit-code mapping, which copies the wasmtime CLI's:
proc_exit(n) exits n (wasmtime refuses n >= 126: an error, exit 1), a trap prints the error to
stderr and exits 134 (the CLI's abort status), any other error exits 1.

Usage: python3 wasmtime_runner.py '<json>' | @<file holding the json>
  {"wasm": path, "args": [argv0, ...], "env": [[key, value], ...], "dirs": [[host, guest], ...]}
stdin, stdout and stderr are this process's own (inherited by the guest, so output streams).
"""
import json
import os
import sys

TRAP_EXIT_CODE = 134


def main() -> int:
    spec = sys.argv[1]
    if spec.startswith('@'):
        with open(spec[1:], encoding='utf-8') as f:
            spec = f.read()
    req = json.loads(spec)
    try:
        import wasmtime
    except ImportError:
        sys.stderr.write('keel: the wasmtime Python package is not installed: python3 -m pip install wasmtime\n')
        return 127

    config = wasmtime.Config()
    try:
        config.cache = True  # wasmtime's on-disk cache of compiled code: repeated runs skip Cranelift
    except Exception:
        pass
    engine = wasmtime.Engine(config)
    try:
        module = wasmtime.Module.from_file(engine, req['wasm'])
    except Exception as e:  # an invalid module: report as the CLI does, with a failure status
        sys.stderr.write(f'Error: failed to compile {req["wasm"]}: {e}\n')
        return 1

    wasi = wasmtime.WasiConfig()
    wasi.argv = req['args']
    wasi.env = [(k, v) for k, v in req['env']]
    wasi.inherit_stdin()
    wasi.inherit_stdout()
    wasi.inherit_stderr()
    for host, guest in req['dirs']:
        wasi.preopen_dir(host, guest)

    store = wasmtime.Store(engine)
    store.set_wasi(wasi)
    linker = wasmtime.Linker(engine)
    linker.define_wasi()
    try:
        instance = linker.instantiate(store, module)
        start = instance.exports(store)['_start']
        start(store)
        return 0
    except wasmtime.ExitTrap as e:
        return e.code
    except wasmtime.Trap as e:
        sys.stderr.write(f'Error: failed to run main module `{req["wasm"]}`\n\nCaused by:\n    {e}\n')
        return TRAP_EXIT_CODE
    except wasmtime.WasmtimeError as e:
        # Not a trap: e.g. proc_exit(n) with n >= 126, which wasmtime refuses; the CLI exits 1.
        sys.stderr.write(f'Error: failed to run main module `{req["wasm"]}`\n\nCaused by:\n    {e}\n')
        return 1


if __name__ == '__main__':
    code = main()
    sys.stderr.flush()
    # Leave at once: the guest wrote straight to fds 1 and 2, so nothing is left to flush.
    os._exit(code & 255)
