// The garbage collector: every heap type has a row in the scan table, and a program that
// allocates far more than it keeps runs in memory proportional to what it keeps (pages of
// linear memory, not time). The differential gc_*.py programs and the stress mode
// (test/run/gc_stress.test.ts) check that what is kept survives.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { WASI } from 'node:wasi';
import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as L from '../../src/runtime/layout.js';
import { compile } from '../../src/driver/compile.js';
import { defaultOptions } from '../../src/driver/options.js';

// tsconfig's lib has no DOM types: the part of the WebAssembly global used here.
declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (m: object, imports: object) => { exports: Record<string, unknown> };
};

test('every TYPE_* of layout.ts has a row in GC_TYPES', () => {
  const missing: string[] = [];
  for (const [name, value] of Object.entries(L)) {
    if (!name.startsWith('TYPE_') || name === 'TYPE_COUNT' || typeof value !== 'number') continue;
    if (!Object.hasOwn(L.GC_TYPES, value)) missing.push(`${name} (${value})`);
  }
  assert.equal(missing, [], `register these with the collector (layout.ts GC_TYPES): ${missing.join(', ')}`);
  const table = L.gcScanTable();
  assert.is(table.length, L.TYPE_COUNT * L.GC_SCAN_ROW);
  assert.ok(L.GC_SCAN + table.length <= L.GC_MARK_STACK, 'the scan table fits its place');
  assert.ok(L.GC_SHADOW_END + L.GC_SHADOW_GUARD <= L.STATIC_START, 'the shadow stack fits the fixed area');
});

/** Runs a compiled program in-process; returns its stdout and the collector's state after. */
async function run(src: string, opt: 0 | 2, maxPages?: number, stderr?: number) {
  const r = await compile(new TextEncoder().encode(src), { ...defaultOptions('gc_mem.py'), opt, maxPages });
  assert.ok(r.wasm, 'compiled');
  const wasi = new WASI({ version: 'preview1', args: [], env: {}, returnOnExit: true, stderr });
  const inst = new WebAssembly.Instance(new WebAssembly.Module(r.wasm!), { wasi_snapshot_preview1: wasi.wasiImport });
  const code = wasi.start(inst);
  const mem = (inst.exports.memory as { buffer: ArrayBuffer }).buffer;
  const view = new DataView(mem);
  return { code, bytes: mem.byteLength, collections: view.getInt32(L.GC_STATE + L.GC_COUNT, true) };
}

const CHURN = `
keep = []
for k in range(300000):
    l = [k, k + 1, str(k), k * 0.5]
    t = (l, l, 2 ** 70 + k)
    if k % 30000 == 0:
        keep.append(t)
n = 0
for t in keep:
    n += t[2] - 2 ** 70
if n != 1350000:
    print(n)
`;

for (const opt of [0, 2] as const) {
  test(`allocating ~100 MB while keeping ~1 KB stays under 16 MiB of memory (-O${opt})`, async () => {
    const r = await run(CHURN, opt);
    assert.is(r.code, 0);
    assert.ok(r.collections >= 5, `collections: ${r.collections}`);
    assert.ok(r.bytes <= 16 << 20, `memory: ${r.bytes >> 20} MiB`);
  });
}

test('a program that keeps what it allocates grows instead (the threshold follows the live heap)', async () => {
  const r = await run(`
keep = []
for k in range(300000):
    keep.append([k, k + 1])
n = len(keep)
`, 2);
  assert.is(r.code, 0);
  assert.ok(r.bytes >= 16 << 20, `memory: ${r.bytes >> 20} MiB`);
  assert.ok(r.collections < 12, `collections: ${r.collections} (the threshold doubles with the heap)`);
});

test('exhausting memory (a cap of 8 MiB: maxPages, KEEL_MAX_PAGES) is an uncaught MemoryError, exit code 1', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'keel-gc-'));
  const errFile = join(dir, 'stderr');
  const fd = openSync(errFile, 'w');
  let r;
  try {
    r = await run(`
keep = []
while True:
    keep.append([len(keep)] * 100)
`, 2, 128, fd);
  } finally {
    closeSync(fd);
  }
  assert.is(r.code, 1);
  const err = readFileSync(errFile, 'utf8');
  assert.ok(err.startsWith('Traceback (most recent call last):\n') && err.endsWith('\nMemoryError\n'), err);
  assert.ok(r.bytes <= 128 * 65536, `memory: ${r.bytes >> 20} MiB`);
  assert.ok(r.collections >= 1, 'it collected before giving up');
});

const CATCH = `
def fill(size):
    keep = []
    try:
        while True:
            keep.append("x" * size)
    except MemoryError:
        n = len(keep)
        keep = None
        return n
counts = [fill(s) for s in (100, 5000, 100000, 100, 40000)]
assert all(c > 10 for c in counts), counts
total = 0
for k in range(100000):
    total += len([k] * 20)
assert total == 2000000
`;

for (const opt of [0, 2] as const) {
  test(`MemoryError at the cap is catchable, again and again, and the program goes on (-O${opt})`, async () => {
    const r = await run(CATCH, opt, 128);
    assert.is(r.code, 0);
    assert.ok(r.bytes <= 128 * 65536, `memory: ${r.bytes >> 20} MiB`);
  });
}

test('a program churning garbage runs under the same cap', async () => {
  const r = await run(CHURN, 2, 128);
  assert.is(r.code, 0);
});

test.run();
