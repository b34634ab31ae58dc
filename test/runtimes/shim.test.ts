// Tests for wasi-shim/index.ts used directly, as a browser page would: bytes in, in-memory
// directories (a DirTree, or a Directory the caller keeps to see writes), streamed output, exit
// code; and that the browser piece imports nothing from Node.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Directory, File } from '@bjorn3/browser_wasi_shim';
import { runWasi, runWasiSync, toDirectory, TRAP_EXIT_CODE } from '../../wasi-shim/index.js';
import type { WasmApi } from '../../wasi-shim/wasm-api.js';

declare const WebAssembly: WasmApi;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const echo = new Uint8Array(readFileSync(join(root, 'test/fixtures/wasi/echo.wasm')));
const enc = new TextEncoder();
const dec = new TextDecoder();

function collect() {
  const chunks: Uint8Array[] = [];
  return { sink: (c: Uint8Array) => chunks.push(c), text: () => dec.decode(Buffer.concat(chunks)) };
}

test('runWasi: args, env, stdin, a DirTree preopen, streamed stdout/stderr, exit code', async () => {
  const out = collect();
  const err = collect();
  const code = await runWasi(echo, {
    args: ['echo.wasm', '--file=/data/sub/a.txt', '--exit=9'],
    env: { K: 'v' },
    stdin: enc.encode('abc'),
    dirs: { '/data': { sub: { 'a.txt': enc.encode('in memory\n') } } },
    onStdout: out.sink,
    onStderr: err.sink,
  });
  assert.is(code, 9);
  assert.ok(out.text().includes('argv[1]=--file=/data/sub/a.txt\n'));
  assert.ok(out.text().includes('env=K=v\n'));
  assert.ok(out.text().includes('stdin=abc\n'));
  assert.ok(out.text().includes('file /data/sub/a.txt bytes=10\nfile=in memory\\x0a\n'));
  assert.is(err.text(), 'echo: argc=3 exit=9\n');
});

test('runWasiSync with a compiled module; writes land in a Directory the caller keeps', () => {
  const dir = toDirectory({ 'old.txt': enc.encode('old') });
  const out = collect();
  const code = runWasiSync(new WebAssembly.Module(echo), {
    args: ['echo.wasm', '--write=/w/new.txt=written', '--file=/w/old.txt'],
    dirs: { '/w': dir },
    onStdout: out.sink,
  });
  assert.is(code, 0);
  assert.ok(out.text().includes('write /w/new.txt ok\nfile /w/old.txt bytes=3\nfile=old\n'));
  const created = dir.contents.get('new.txt');
  assert.instance(created, File);
  assert.is(dec.decode((created as File).data), 'written');
  assert.instance(dir, Directory);
});

test('runWasi: invalid bytes are an exit code and a message, not a rejection', async () => {
  const err = collect();
  const code = await runWasi(new Uint8Array([0, 0x61, 0x73, 0x6d, 9, 9, 9, 9]), { onStderr: err.sink });
  assert.is(code, TRAP_EXIT_CODE);
  assert.match(err.text(), /CompileError/);
});

test('wasi-shim/index (the browser piece) imports nothing from Node', () => {
  for (const file of ['wasi-shim/index.ts', 'wasi-shim/wasm-api.ts']) {
    const src = readFileSync(join(root, file), 'utf8');
    const imports = [...src.matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]!);
    for (const spec of imports) {
      assert.ok(!spec.startsWith('node:') && !['fs', 'path', 'os', 'child_process'].includes(spec), `${file} imports ${spec}`);
    }
  }
});

test.run();
