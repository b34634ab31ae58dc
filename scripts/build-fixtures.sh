#!/bin/sh
# Builds the C fixtures in test/fixtures/wasi/ into WASI preview-1 commands with a C toolchain
# (Debian: apt-get install clang lld wasi-libc libclang-rt-14-dev-wasm32). The .wasm outputs are
# committed, so tests and CI never need clang; rerun this after editing a .c fixture.
# Usage: scripts/build-fixtures.sh            (CC=clang-15 etc. to pick another clang)
set -eu
cd "$(dirname "$0")/.."
CC=${CC:-clang}
# Debian's wasi-libc puts headers in /usr/include/wasm32-wasi and libraries in
# /usr/lib/wasm32-wasi, which Debian's clang finds by itself for --target=wasm32-wasi; another
# wasi-sdk style sysroot can be given with WASI_SYSROOT=/path/to/sysroot.
SYSROOT_FLAG=""
if [ -n "${WASI_SYSROOT:-}" ]; then SYSROOT_FLAG="--sysroot=$WASI_SYSROOT"; fi
if ! command -v "$CC" >/dev/null 2>&1; then
  echo "build-fixtures: $CC not found; install clang, lld, wasi-libc and libclang-rt-<ver>-dev-wasm32" >&2
  exit 1
fi
for src in test/fixtures/wasi/*.c; do
  out="${src%.c}.wasm"
  # -Wl,--strip-all drops the name section (keeps the file small and stable); -O2 as usual.
  "$CC" --target=wasm32-wasi $SYSROOT_FLAG -O2 -Wall -Wextra -Werror -Wl,--strip-all -o "$out" "$src"
  echo "build-fixtures: $src -> $out ($(wc -c < "$out") bytes)"
done
