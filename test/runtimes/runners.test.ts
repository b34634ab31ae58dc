// Tests for src/run and wasi-shim: the clang-built fixture test/fixtures/wasi/echo.wasm runs
// under every installed runtime with args, env, stdin, preopened dirs and exit codes, and each
// must print exactly the report echo.c defines (modelled by `report` below, and checked against
// a native build of echo.c when the host has clang); traps, invalid modules and timeouts give
// non-zero exit codes, never exceptions. Runtimes that are not installed are skipped with a note.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import wabtInit from 'wabt';
import {
  availableRuntimes,
  Runner,
  RuntimeMissing,
  RUNTIMES,
  TIMEOUT_EXIT_CODE,
  type CapturedRun,
  type RunOptions,
  type RuntimeName,
} from '../../src/run/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const ECHO = join(root, 'test/fixtures/wasi/echo.wasm');
const ECHO_C = join(root, 'test/fixtures/wasi/echo.c');

const runner = new Runner();
const runtimes = await availableRuntimes();
for (const r of RUNTIMES) {
  if (!runtimes.includes(r)) {
    const why = await runner.find(r).then(
      () => 'found late',
      (e: Error) => e.message,
    );
    console.log(`note: runtime tests skip ${r}: ${why}`);
  }
}

const work = mkdtempSync(join(tmpdir(), 'keel-runtimes-'));
const enc = new TextEncoder();
const dec = new TextDecoder();

// ---- the report echo.c defines (see its header comment) ----

function esc(bytes: Uint8Array): string {
  let s = '';
  for (const c of bytes) {
    s += c < 0x20 || c > 0x7e || c === 0x5c ? `\\x${c.toString(16).padStart(2, '0')}` : String.fromCharCode(c);
  }
  return s;
}

function fnv1a(bytes: Uint8Array): string {
  let h = 0x811c9dc5;
  for (const c of bytes) h = Math.imul(h ^ c, 16777619) >>> 0;
  return h.toString(16).padStart(8, '0');
}

function bigText(n: number): string {
  let s = '';
  for (let j = 0; j < n; j++) s += j % 65 === 64 ? '\n' : String.fromCharCode(97 + (j % 26));
  return s;
}

interface Expected {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** What echo.c prints for argv[1..] = args; files are read from the host when a dir is preopened. */
function report(args: string[], env: Record<string, string>, stdin: Uint8Array, preopened = true): Expected {
  const argv = ['echo.wasm', ...args];
  const lines = [`argc=${argv.length}`];
  argv.forEach((a, i) => lines.push(`argv[${i}]=${esc(enc.encode(a))}`));
  const envs = Object.entries(env)
    .map(([k, v]) => enc.encode(`${k}=${v}`))
    .sort((a, b) => Buffer.compare(a, b));
  lines.push(`envc=${envs.length}`, ...envs.map((e) => `env=${esc(e)}`));
  lines.push(`stdin bytes=${stdin.length} fnv=${fnv1a(stdin)}`, `stdin=${esc(stdin.subarray(0, 256))}`);
  let code = 0;
  let out = lines.join('\n') + '\n';
  for (const a of args) {
    if (a.startsWith('--file=')) {
      const path = a.slice(7);
      if (preopened && existsSync(path)) {
        const data = new Uint8Array(readFileSync(path));
        out += `file ${path} bytes=${data.length}\nfile=${esc(data)}\n`;
      } else out += `file ${path} error\n`;
    } else if (a.startsWith('--write=')) {
      const spec = a.slice(8);
      out += `write ${spec.slice(0, spec.indexOf('='))} ok\n`;
    } else if (a.startsWith('--exit=')) code = Number.parseInt(a.slice(7), 10);
    else if (a.startsWith('--big=')) out += bigText(Number(a.slice(6)));
  }
  out += `exit=${code}\n`;
  return { stdout: out, stderr: `echo: argc=${argv.length} exit=${code}\n`, exitCode: code & 255 };
}

function decoded(r: CapturedRun): Expected {
  return { stdout: dec.decode(r.stdout), stderr: dec.decode(r.stderr), exitCode: r.exitCode };
}

// ---- shared inputs ----

const dataDir = join(work, 'data');
mkdirSync(join(dataDir, 'sub'), { recursive: true });
writeFileSync(join(dataDir, 'hello.txt'), 'hello, file\n');
writeFileSync(join(dataDir, 'sub', 'bin.dat'), new Uint8Array([0, 1, 2, 0x5c, 0xff, 0x0a]));

const allBytes = new Uint8Array(600).map((_, i) => (i * 7) % 256);
const cases: { name: string; args: string[]; env: Record<string, string>; stdin: Uint8Array; dirs: string[] }[] = [
  { name: 'no input', args: [], env: {}, stdin: new Uint8Array(0), dirs: [] },
  {
    name: 'args, env and stdin',
    args: ['plain', 'with space', '', 'héllo wörld ✓', 'back\\slash', '--exit=3'],
    env: { ZED: 'last', A: 'é=ü', EMPTY: '', PATH_LIKE: '/a:/b' },
    stdin: enc.encode('line one\nline two ✓\n'),
    dirs: [],
  },
  { name: 'binary stdin', args: ['--exit=42'], env: { K: 'v' }, stdin: allBytes, dirs: [] },
  {
    name: 'preopened dir',
    args: [`--file=${dataDir}/hello.txt`, `--file=${dataDir}/sub/bin.dat`, `--file=${dataDir}/missing`, '--exit=125'],
    env: {},
    stdin: new Uint8Array(0),
    dirs: [dataDir],
  },
  { name: 'file outside any preopen', args: [`--file=${dataDir}/hello.txt`, '--exit=1'], env: {}, stdin: new Uint8Array(0), dirs: [] },
];

test('node and shim are always available; the others are probed', () => {
  assert.ok(runtimes.includes('node'));
  assert.ok(runtimes.includes('shim'));
  for (const r of runtimes) assert.ok(RUNTIMES.includes(r));
});

test('a missing runtime is a RuntimeMissing naming it and how to install it', async () => {
  const missing = RUNTIMES.filter((r) => !runtimes.includes(r));
  for (const r of missing) {
    try {
      await runner.runCapture(r, ECHO);
      assert.unreachable(`${r} should be missing`);
    } catch (e) {
      assert.instance(e, RuntimeMissing);
      assert.match((e as Error).message, r);
      assert.match((e as Error).message, /install/);
    }
  }
  try {
    await runner.runCapture('nosuch' as RuntimeName, ECHO);
    assert.unreachable('unknown runtime accepted');
  } catch (e) {
    assert.match((e as Error).message, /unknown runtime 'nosuch'/);
  }
});

for (const c of cases) {
  test(`echo.wasm, ${c.name}: every runtime prints the defined report`, async () => {
    const want = report(c.args, c.env, c.stdin, c.dirs.length > 0);
    for (const r of runtimes) {
      const got = decoded(await runner.runCapture(r, ECHO, { args: c.args, env: c.env, stdin: c.stdin, dirs: c.dirs }));
      assert.equal(got, want, `runtime ${r}`);
    }
  });
}

test('exit codes 0..125 pass through unchanged under every runtime', async () => {
  for (const r of runtimes) {
    for (const code of [0, 1, 2, 7, 64, 100, 125]) {
      const got = await runner.runCapture(r, ECHO, { args: [`--exit=${code}`] });
      assert.is(got.exitCode, code, `runtime ${r}, exit ${code}`);
    }
  }
});

test('proc_exit(300) is 300 & 255 except under wasmtime, which refuses codes >= 126', async () => {
  for (const r of runtimes) {
    const got = await runner.runCapture(r, ECHO, { args: ['--exit=300'] });
    if (r === 'wasmtime') assert.ok(got.exitCode !== 0 && got.exitCode !== 44, `wasmtime gave ${got.exitCode}`);
    else assert.is(got.exitCode, 44, `runtime ${r}`);
    assert.ok(dec.decode(got.stdout).endsWith('exit=300\n'), `runtime ${r}`);
  }
});

test('writes into a preopened dir reach the host (the shim writes them back)', async () => {
  for (const r of runtimes) {
    const dir = join(work, `out-${r}`);
    mkdirSync(join(dir, 'keep'), { recursive: true });
    writeFileSync(join(dir, 'keep', 'old.txt'), 'old');
    writeFileSync(join(dir, 'over.txt'), 'a much longer original text');
    const args = [`--write=${dir}/new.txt=fresh ✓`, `--write=${dir}/over.txt=short`, `--file=${dir}/keep/old.txt`];
    const want = report(args, {}, new Uint8Array(0));
    const got = decoded(await runner.runCapture(r, ECHO, { args, dirs: [dir] }));
    assert.equal(got, want, `runtime ${r}`);
    assert.is(readFileSync(join(dir, 'new.txt'), 'utf8'), 'fresh ✓', `runtime ${r}`);
    assert.is(readFileSync(join(dir, 'over.txt'), 'utf8'), 'short', `runtime ${r}`);
    assert.is(readFileSync(join(dir, 'keep', 'old.txt'), 'utf8'), 'old', `runtime ${r}`);
  }
});

test('large output (5 MB) arrives whole and in order', async () => {
  const args = ['--big=5000000'];
  const want = report(args, {}, new Uint8Array(0));
  for (const r of runtimes) {
    const got = decoded(await runner.runCapture(r, ECHO, { args }));
    assert.is(got.exitCode, 0, `runtime ${r}`);
    assert.is(got.stdout.length, want.stdout.length, `runtime ${r}`);
    assert.ok(got.stdout === want.stdout, `runtime ${r}: stdout differs`);
  }
});

// ---- hand-assembled modules (wabt) ----

const wabt = await wabtInit();
function assemble(name: string, wat: string): string {
  const mod = wabt.parseWat(`${name}.wat`, wat);
  const path = join(work, `${name}.wasm`);
  writeFileSync(path, mod.toBinary({}).buffer);
  mod.destroy();
  return path;
}

const WRITE = `(import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "before\\n")
  (func $say (i32.store (i32.const 0) (i32.const 16)) (i32.store (i32.const 4) (i32.const 7))
    (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8))))`;
const TRAP = assemble('trap', `(module ${WRITE} (func (export "_start") (call $say) unreachable))`);
const DIV0 = assemble('div0', `(module ${WRITE} (func (export "_start") (call $say)
  (drop (i32.div_s (i32.const 1) (i32.sub (i32.const 1) (i32.const 1))))))`);
const RETURNS = assemble('returns', `(module ${WRITE} (func (export "_start") (call $say)))`);
const LOOPS = assemble('loops', `(module (memory (export "memory") 1) (func (export "_start") (loop $l (br $l))))`);
const NEEDS_ENV = assemble('needs_env', `(module (import "env" "f" (func)) (memory (export "memory") 1) (func (export "_start")))`);
const INVALID = join(work, 'invalid.wasm');
writeFileSync(INVALID, new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 0xff]));

// Writes the argv buffer, then the environ buffer, exactly as long as the *_sizes_get calls say.
const RAW_ARGS = assemble('raw_args', `(module
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_sizes_get" (func $args_sizes_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_get" (func $args_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "environ_sizes_get" (func $environ_sizes_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "environ_get" (func $environ_get (param i32 i32) (result i32)))
  (memory (export "memory") 1)
  (func $out (param $buf i32) (param $len i32)
    (i32.store (i32.const 0) (local.get $buf)) (i32.store (i32.const 4) (local.get $len))
    (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8))))
  (func (export "_start")
    (drop (call $args_sizes_get (i32.const 16) (i32.const 20)))
    (drop (call $args_get (i32.const 1024) (i32.const 8192)))
    (call $out (i32.const 8192) (i32.load (i32.const 20)))
    (drop (call $environ_sizes_get (i32.const 16) (i32.const 20)))
    (drop (call $environ_get (i32.const 1024) (i32.const 32768)))
    (call $out (i32.const 32768) (i32.load (i32.const 20)))))`);

test('argv and environ buffer sizes count UTF-8 bytes (the shim fixes browser_wasi_shim here)', async () => {
  const args = ['ascii', 'héllo ✓', '日本'];
  const env = { 'KÉY': 'välue ✓', B: '' };
  const want = ['raw_args.wasm', ...args].map((a) => `${a}\0`).join('') + Object.entries(env).map(([k, v]) => `${k}=${v}\0`).join('');
  for (const r of runtimes) {
    const got = decoded(await runner.runCapture(r, RAW_ARGS, { args, env }));
    assert.equal(got, { stdout: want, stderr: '', exitCode: 0 }, `runtime ${r}`);
  }
});

test('a trap is a non-zero exit with the output before it, never an exception', async () => {
  for (const path of [TRAP, DIV0]) {
    for (const r of runtimes) {
      const got = await runner.runCapture(r, path);
      assert.ok(got.exitCode !== 0, `runtime ${r} exit ${got.exitCode}`);
      assert.is(dec.decode(got.stdout), 'before\n', `runtime ${r}`);
      assert.ok(got.stderr.length > 0, `runtime ${r}: nothing on stderr`);
    }
  }
});

test('with a timeout that is not reached, the shim (in a worker) prints the same report', async () => {
  const c = cases[3]!;
  const want = report(c.args, c.env, c.stdin);
  const got = decoded(await runner.runCapture('shim', ECHO, { args: c.args, env: c.env, stdin: c.stdin, dirs: c.dirs, timeoutMs: 20000 }));
  assert.equal(got, want);
});

test('shim workers: runs with timeouts overlap, and a timed-out worker is replaced', async () => {
  const c = cases[1]!;
  const want = report(c.args, c.env, c.stdin);
  const opts = { args: c.args, env: c.env, stdin: c.stdin, timeoutMs: 20000 };
  const [stuck, ...rest] = await Promise.all([
    runner.runCapture('shim', LOOPS, { timeoutMs: 300 }),
    ...[1, 2, 3].map(() => runner.runCapture('shim', ECHO, opts)),
  ]);
  assert.is(stuck!.exitCode, TIMEOUT_EXIT_CODE);
  for (const got of rest) assert.equal(decoded(got), want);
  for (let i = 0; i < 5; i++) assert.equal(decoded(await runner.runCapture('shim', ECHO, opts)), want, `run ${i}`);
});

test('_start returning normally is exit 0', async () => {
  for (const r of runtimes) {
    const got = decoded(await runner.runCapture(r, RETURNS));
    assert.equal(got, { stdout: 'before\n', stderr: '', exitCode: 0 }, `runtime ${r}`);
  }
});

test('an invalid module or a missing import is a non-zero exit, never an exception', async () => {
  for (const path of [INVALID, NEEDS_ENV]) {
    for (const r of runtimes) {
      const got = await runner.runCapture(r, path);
      assert.ok(got.exitCode !== 0, `runtime ${r} on ${path}`);
      assert.ok(got.stderr.length > 0, `runtime ${r} on ${path}: nothing on stderr`);
    }
  }
});

test('a missing module file throws for every runtime (the caller, not the program, erred)', async () => {
  for (const r of runtimes) {
    try {
      await runner.runCapture(r, join(work, 'nope.wasm'));
      assert.unreachable(r);
    } catch (e) {
      assert.match((e as Error).message, /no such WebAssembly file/);
    }
  }
});

test('timeoutMs stops a runaway program with exit 124 (the shim in a worker)', async () => {
  for (const r of runtimes) {
    const got = await runner.runCapture(r, LOOPS, { timeoutMs: 300 });
    assert.is(got.exitCode, TIMEOUT_EXIT_CODE, `runtime ${r}`);
    assert.match(dec.decode(got.stderr), /timed out/);
  }
});

// ---- runInherit: what `keel run` does, in a child so its stdio can be observed ----

function inheritChild(runtime: RuntimeName, opts: RunOptions, stdin: Uint8Array): Promise<Expected> {
  const script = join(root, 'dist/test/runtimes/inherit_child.js');
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [script, JSON.stringify({ runtime, wasm: ECHO, opts })], { stdio: 'pipe' });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.stdin.on('error', () => {});
    child.stdin.end(stdin);
    child.on('error', fail);
    child.on('close', (code) =>
      done({ stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString(), exitCode: code ?? -1 }),
    );
  });
}

test('runInherit streams to the real stdout/stderr, reads inherited stdin, returns the code', async () => {
  const c = cases[1]!;
  const want = report(c.args, c.env, c.stdin);
  for (const r of runtimes) {
    // stdin left undefined: the program reads this (child) process's stdin.
    const got = await inheritChild(r, { args: c.args, env: c.env, dirs: [] }, c.stdin);
    assert.equal(got, want, `runtime ${r}`);
  }
});

test('the model of echo.c agrees with a native build of it (when the host has clang)', () => {
  const exe = join(work, 'echo-native');
  const cc = spawnSync('clang', ['-O2', '-o', exe, ECHO_C], { encoding: 'utf8' });
  if (cc.error || cc.status !== 0) {
    console.log('note: no host clang; the echo.c model is checked only against the runtimes');
    return;
  }
  for (const c of cases.filter((x) => x.name !== 'file outside any preopen')) {
    const res = spawnSync(exe, c.args, { input: c.stdin, env: c.env, argv0: 'echo.wasm' });
    const want = report(c.args, c.env, c.stdin);
    assert.equal({ stdout: res.stdout.toString(), stderr: res.stderr.toString(), exitCode: res.status }, want, c.name);
  }
});

test.after(async () => {
  await runner.close();
  rmSync(work, { recursive: true, force: true });
});

test.run();
