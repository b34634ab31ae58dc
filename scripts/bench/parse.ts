// Parse throughput over the whole CPython 3.12 Lib in one process, side by side with CPython's
// ast.parse over the same files in the same run (files read into memory before timing).
// Usage: node dist/scripts/bench/parse.js [ROUNDS]
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeSource, parseModule } from '../../src/parse/index.js';
import { PYTHON_ENV, pyFiles, stdlibDir } from '../conformance/parse-cpython.js';

const rounds = Number(process.argv[2] ?? 3);
const lib = stdlibDir();
const files = pyFiles(lib);
const texts: string[] = [];
let bytes = 0;
for (const f of files) {
  const raw = new Uint8Array(readFileSync(join(lib, f)));
  const dec = decodeSource(raw, f);
  if (dec.text === undefined) continue;
  texts.push(dec.text);
  bytes += raw.length;
}

function keelRound(): number {
  const t0 = performance.now();
  let nodes = 0;
  for (const t of texts) if (parseModule(t, 'x.py').module) nodes++;
  if (nodes === 0) throw new Error('nothing parsed');
  return (performance.now() - t0) / 1000;
}
keelRound(); // warm-up
const keel: number[] = [];
for (let i = 0; i < rounds; i++) keel.push(keelRound());
const heapMB = process.memoryUsage().heapUsed / 1e6;

const HELPER = String.raw`
import ast, sys, time, warnings, gc
warnings.simplefilter('ignore')
root = sys.argv[1]; rounds = int(sys.argv[2])
srcs = []
for rel in sys.stdin.read().split('\n'):
    if rel:
        srcs.append(open(root + '/' + rel, 'rb').read())
best = []
for r in range(rounds):
    t0 = time.perf_counter()
    for s in srcs:
        try:
            ast.parse(s)
        except (SyntaxError, ValueError):
            pass
    best.append(time.perf_counter() - t0)
print(' '.join('%.4f' % b for b in best))
`;
const r = spawnSync('python3', ['-c', HELPER, lib, String(rounds)], { env: PYTHON_ENV, input: files.join('\n'), encoding: 'utf8' });
if (r.status !== 0) throw new Error(r.stderr);
const cpython = r.stdout.trim().split(' ').map(Number);

const best = (xs: number[]) => Math.min(...xs);
const mb = bytes / 1e6;
console.log(`files: ${texts.length}, ${mb.toFixed(1)} MB; best of ${rounds} rounds`);
console.log(`Keel parseModule:  ${best(keel).toFixed(2)} s  ${(mb / best(keel)).toFixed(1)} MB/s  (heap after: ${heapMB.toFixed(0)} MB)`);
console.log(`CPython ast.parse: ${best(cpython).toFixed(2)} s  ${(mb / best(cpython)).toFixed(1)} MB/s`);
console.log(`throughput ratio Keel/CPython: ${(best(cpython) / best(keel)).toFixed(2)}x`);
