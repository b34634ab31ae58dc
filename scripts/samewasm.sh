#!/bin/sh
# Compile a fixed set of programs into DIR, to check that a compiler change leaves the output
# byte-identical: the benchmarks (scripts/bench/programs) at -O2 and every 12th test/run program
# (about 50) at -O0 and -O2.
#   scripts/samewasm.sh /tmp/before    (on the old dist)
#   scripts/samewasm.sh /tmp/after     (on the new dist)
#   diff -r /tmp/before /tmp/after     (or: cmp each file)
# or, with another checkout's compiler (the programs still come from this one: the .wasm holds
# its source file's path, for tracebacks):
#   scripts/samewasm.sh /tmp/before /path/to/other/bin/keel.js
# A program the compiler rejects leaves its diagnostics in NAME.err instead, compared the same way.
set -u
out=${1:?usage: scripts/samewasm.sh DIR [KEEL]}
root=$(cd "$(dirname "$0")/.." && pwd)
keel=${2:-$root/bin/keel.js}
mkdir -p "$out"
one() { # file level name
  if node "$keel" build -O"$2" -o "$out/$3.wasm" "$1" >"$out/$3.err" 2>&1; then rm -f "$out/$3.err"; fi
}
for f in "$root"/scripts/bench/programs/*.py; do
  n=$(basename "$f" .py)
  one "$f" 2 "bench_$n.O2"
done
i=0
for f in "$root"/test/run/*.py; do
  if [ $((i % 12)) -eq 0 ]; then
    n=$(basename "$f" .py)
    one "$f" 0 "run_$n.O0"
    one "$f" 2 "run_$n.O2"
  fi
  i=$((i + 1))
done
ls "$out" | wc -l
