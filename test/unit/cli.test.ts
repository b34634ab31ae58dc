// The command line as users meet it: exit codes, diagnostics with carets, usage errors, and
// what build and run write. Each case runs bin/keel.js in a child process.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { VERSION } from '../../src/cli/version.js';
import { quickBuildArgs } from '../../src/cli/main.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const tmp = mkdtempSync(join(tmpdir(), 'keel-cli-'));

function keel(...args: string[]) {
  const r = spawnSync(process.execPath, [join(root, 'bin/keel.js'), ...args], { cwd: tmp, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function file(name: string, text: string | Uint8Array): string {
  const p = join(tmp, name);
  writeFileSync(p, text);
  return p;
}

test('--version prints the version of package.json', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  assert.is(VERSION, pkg.version);
  const r = keel('--version');
  assert.is(r.code, 0);
  assert.is(r.out.trim(), pkg.version);
});

test("keel, run as an executable, starts node without NODE_EXTRA_CA_CERTS (node's certificate store costs 40 ms)", () => {
  // node warns on stderr when it loads the variable's file and fails; bin/keel.js's #! line clears it
  const env = { ...process.env, NODE_EXTRA_CA_CERTS: join(tmp, 'no-such-bundle.pem') };
  const direct = spawnSync(join(root, 'bin/keel.js'), ['--version'], { cwd: tmp, encoding: 'utf8', env });
  assert.is(direct.status, 0, direct.stderr);
  assert.is(direct.stderr, '');
  const viaNode = spawnSync(process.execPath, [join(root, 'bin/keel.js'), '--version'], { cwd: tmp, encoding: 'utf8', env });
  assert.ok(viaNode.stderr.includes('extra certs'), viaNode.stderr);
  // A node child of `keel run --runtime node` starts without it even when keel's own process has
  // it (src/run/runtimes.ts nodeEnv; the bench harness runs modules from such a process): the
  // one warning is the outer node's.
  const py = file('ca.py', 'print("ca")\n');
  assert.is(keel('build', py, '-o', join(tmp, 'ca.wasm')).code, 0);
  const run = spawnSync(process.execPath, [join(root, 'bin/keel.js'), 'run', '--runtime', 'node', join(tmp, 'ca.wasm')], { cwd: tmp, encoding: 'utf8', env });
  assert.is(run.status, 0, run.stderr);
  assert.is(run.stdout, 'ca\n');
  assert.is(run.stderr.split('extra certs').length - 1, 1, run.stderr);
});

test('--help lists the commands', () => {
  const r = keel('--help');
  assert.is(r.code, 0);
  for (const c of ['keel build', 'keel run', 'keel check']) assert.ok(r.out.includes(c), r.out);
});

test('usage errors exit 2 with a one-line hint', () => {
  for (const args of [['bogus'], [], ['build'], ['build', 'a.py', '--emit', 'nonsense']]) {
    const r = keel(...args);
    assert.is(r.code, 2, `${args.join(' ')}: ${r.err}`);
    assert.match(r.err, /^keel: .*\n\(try: keel --help\)\n$/);
  }
});

test('a missing file, a directory and a non-UTF-8 file are diagnostics, exit 1', () => {
  let r = keel('build', 'missing.py');
  assert.is(r.code, 1);
  assert.is(r.err, 'missing.py: error: cannot read missing.py: no such file\n');
  r = keel('build', '.');
  assert.is(r.code, 1);
  assert.match(r.err, /cannot read \.: it is a directory/);
  file('latin.py', new Uint8Array([0x70, 0x72, 0x69, 0x6e, 0x74, 0x28, 0x27, 0xe9, 0x27, 0x29, 0x0a]));
  r = keel('build', 'latin.py');
  assert.is(r.code, 1);
  assert.match(r.err, /^latin\.py:1:\d+: error: SyntaxError: .*utf-8.*/);
  assert.not.match(r.err, /\n\s+at /); // never a stack trace
});

test('a syntax error shows file:line:col, the source line and a caret', () => {
  file('bad.py', 'x = 1\nprint(x +)\n');
  const r = keel('build', 'bad.py');
  assert.is(r.code, 1);
  assert.is(r.err, 'bad.py:2:10: error: SyntaxError: invalid syntax\n    print(x +)\n             ^\n');
});

test('an unsupported feature is "not supported yet" at its place', () => {
  file('unsup.py', 'x = 1\nasync def f():\n    pass\n');
  const r = keel('build', 'unsup.py');
  assert.is(r.code, 1);
  assert.match(r.err, /^unsup\.py:2:1: error: not supported yet: /);
});

test('an import that finds no module is a diagnostic naming it, at the import', () => {
  file('imp.py', 'x = 1\nimport os_nosuch.path\n');
  const r = keel('build', 'imp.py');
  assert.is(r.code, 1);
  assert.is(r.err, "imp.py:2:8: error: ModuleNotFoundError: No module named 'os_nosuch'\n    import os_nosuch.path\n           ^\n");
});

test('a module of CPython\'s standard library that Keel does not have is "not supported yet"', () => {
  file('imptk.py', 'x = 1\nif x:\n    import tkinter\n');
  const r = keel('build', 'imptk.py');
  assert.is(r.code, 1);
  assert.is(r.err, 'imptk.py:3:12: error: not supported yet: the tkinter module\n        import tkinter\n               ^\n');
});

test('a name CPython\'s module has and Keel\'s stdlib module lacks is "not supported yet" where it is read', () => {
  file('impattr.py', 'import time\ndef f():\n    return time.strftime("%Y")\n');
  let r = keel('build', 'impattr.py');
  assert.is(r.code, 1);
  assert.is(r.err, 'impattr.py:3:12: error: not supported yet: time.strftime\n        return time.strftime("%Y")\n               ^\n');
  file('impattr2.py', 'from time import time, strftime\n');
  r = keel('build', 'impattr2.py');
  assert.is(r.code, 1);
  assert.match(r.err, /^impattr2\.py:1:24: error: not supported yet: time\.strftime\n/);
  // A builtin CPython has and Keel does not have yet, read as a value.
  file('impattr4.py', 'x = [1]\nm = memoryview\n');
  r = keel('build', 'impattr4.py');
  assert.is(r.code, 1);
  assert.match(r.err, /^impattr4\.py:2:5: error: not supported yet: the built-in memoryview\n/);
  // A name CPython's module does not have either stays CPython's AttributeError, at run time.
  file('impattr3.py', 'import time\nprint(time.nosuch)\n');
  assert.is(keel('build', 'impattr3.py').code, 0);
});

test('a timeit statement built at run time is "not supported yet" at the statement', () => {
  file('tibuilt.py', 'from timeit import timeit\nfor n in ["a", "b"]:\n    print(timeit(f"{n}()", number=1))\n');
  const r = keel('build', 'tibuilt.py');
  assert.is(r.code, 1);
  assert.match(r.err, /^tibuilt\.py:3:18: error: not supported yet: a timeit statement built at run time/);
});

test("an object's __dict__ kept or written other than through the object is \"not supported yet\"", () => {
  // Keel's vars(x) is a copy: a write through a kept copy would not reach the object.
  file('vkeep.py', 'class P:\n    pass\np = P()\nd = vars(p)\nd["x"] = 1\nprint(p.x)\n');
  const r = keel('build', 'vkeep.py');
  assert.is(r.code, 1);
  assert.match(r.err, /^vkeep\.py:4:5: error: not supported yet: an object's __dict__ other than read/);
  file('vpop.py', 'class P:\n    def f(self):\n        return self.__dict__.pop("x")\np = P()\np.x = 1\nprint(p.f())\n');
  const r2 = keel('build', 'vpop.py');
  assert.is(r2.code, 1);
  assert.match(r2.err, /^vpop\.py:3:16: error: not supported yet: an object's __dict__ other than read/);
});

test("a diagnostic in an imported module shows that module's line", () => {
  file('impmod.py', 'def f():\n    return 1\nprint(f() +)\n');
  file('imp2.py', 'import impmod\n');
  const r = keel('build', 'imp2.py');
  assert.is(r.code, 1);
  assert.is(r.err, 'impmod.py:3:12: error: SyntaxError: invalid syntax\n    print(f() +)\n               ^\n');
});

test("a lowering diagnostic in an imported module shows that module's line too", () => {
  file('impmod3.py', 'class A:\n    pass\nclass B(A, A):\n    pass\n');
  file('imp3.py', '# the main file\nimport impmod3\nprint(1)\n');
  const r = keel('build', 'imp3.py');
  assert.is(r.code, 1);
  assert.is(r.err, 'impmod3.py:3:12: error: duplicate base class A\n    class B(A, A):\n               ^\n');
});

test('build writes FILE.wasm beside the input; -o and --emit choose the output', () => {
  file('hi.py', 'print("hi")\n');
  let r = keel('build', 'hi.py');
  assert.is(r.code, 0, r.err);
  assert.ok(existsSync(join(tmp, 'hi.wasm')));
  r = keel('build', 'hi.py', '-o', 'out.wasm');
  assert.is(r.code, 0, r.err);
  assert.equal([...readFileSync(join(tmp, 'out.wasm')).subarray(0, 4)], [0, 0x61, 0x73, 0x6d]);
  r = keel('build', 'hi.py', '--emit', 'ast');
  assert.is(r.out.slice(0, 7), 'Module(');
  r = keel('build', 'hi.py', '--emit', 'ir');
  assert.match(r.out, /func @_start\(\)/);
  r = keel('build', 'hi.py', '--emit', 'wat');
  assert.match(r.out, /\(export "_start"/);
  r = keel('check', 'hi.py');
  assert.is(r.code, 0);
});

test('run passes output through and exits with the program\'s code', () => {
  file('ok.py', 'print("out")\n');
  let r = keel('run', 'ok.py');
  assert.is(r.code, 0, r.err);
  assert.is(r.out, 'out\n');
  file('boom.py', 'print("before")\nprint(1 // 0)\n');
  r = keel('run', 'boom.py', '--runtime', 'shim');
  assert.is(r.code, 1);
  assert.is(r.out, 'before\n');
  assert.match(r.err, /Traceback \(most recent call last\):\n {2}File "boom\.py", line 2, in <module>\nZeroDivisionError: integer division or modulo by zero\n$/);
  keel('build', 'ok.py', '-o', 'ok.wasm');
  r = keel('run', 'ok.wasm', '--runtime', 'node');
  assert.is(r.out, 'out\n');
});

test('replacing a method at run time under a name computed at run time is "not supported yet", never ignored', () => {
  // Method calls are bound at compile time. A store the source shows (`P.m = ...`, `p.m = ...`,
  // setattr with a constant name) makes m a class attribute found by lookup (src/lower/shadowing.ts);
  // one under a computed name would be silently ignored, so the runtime refuses it (rt_code_member).
  file('patch.py', 'class P:\n    def m(self):\n        return 1\nP.count = 1\nprint(P.count)\nP.m = lambda self: 2\nprint(P().m())\n');
  let r = keel('run', 'patch.py');
  assert.is(r.code, 0);
  assert.is(r.out, '1\n2\n');
  file('patch2.py', 'class P:\n    def m(self):\n        return 1\np = P()\nname = "m"\nsetattr(p, name, 5)\n');
  r = keel('run', 'patch2.py');
  assert.match(r.err, /NotImplementedError: not supported yet: an instance attribute named like the method 'm' of class 'P' at run time\n$/);
  file('patch3.py', 'class P:\n    def m(self):\n        return 1\nfor name in ["m"]:\n    setattr(P, name, 5)\n');
  r = keel('run', 'patch3.py');
  assert.is(r.code, 1);
  assert.match(r.err, /NotImplementedError: not supported yet: replacing the method 'm' of class 'P' at run time\n$/);
  // Attribute access is compiled without the descriptor protocol: a class attribute holding an
  // instance of a class with __get__/__set__ is refused when the class statement runs.
  const descr = 'class D:\n    def __get__(self, obj, t=None):\n        return 42\n';
  file('descr.py', `${descr}print("start")\nclass P:\n    x = D()\nprint(P().x)\n`);
  r = keel('run', 'descr.py');
  assert.is(r.code, 1);
  assert.is(r.out, 'start\n');
  assert.match(r.err, /NotImplementedError: not supported yet: the descriptor 'x' of class 'P' \(an instance of 'D', which defines __get__, __set__, __delete__ or __set_name__\)\n$/);
  file('descr2.py', `${descr}class P:\n    pass\nP.y = 1\nP.x = D()\n`);
  r = keel('run', '-O0', 'descr2.py');
  assert.match(r.err, /NotImplementedError: not supported yet: the descriptor 'x' of class 'P'/);
});

test('the common build lines are read without yargs; anything else goes through it', () => {
  assert.equal(quickBuildArgs(['build', 'a.py']), { emit: 'wasm', file: 'a.py', O: 2 });
  assert.equal(quickBuildArgs(['build', '-O0', 'a.py', '-o', 'x.wasm']), { emit: 'wasm', file: 'a.py', O: 0, o: 'x.wasm' });
  assert.equal(quickBuildArgs(['build', 'a.py', '-O', '1', '--output', 'x', '--emit', 'wat']), { emit: 'wat', file: 'a.py', O: 1, o: 'x' });
  const slow = [['run', 'a.py'], ['build'], ['build', 'a.py', 'b.py'], ['build', 'a.py', '-O3'], ['build', 'a.py', '-O', '3'], ['build', 'a.py', '-O0', '-O2'],
    ['build', 'a.py', '-o'], ['build', 'a.py', '-o', '-x'], ['build', 'a.py', '--emit', 'obj'], ['build', 'a.py', '--help'], ['build', 'a.py', '--lib'], ['build', '12'], ['build', 'a.py', '--', 'b']];
  for (const argv of slow) assert.is(quickBuildArgs(argv), undefined, argv.join(' '));
  // the same outputs either way (-O 2 -o: quick; --lib=false: yargs)
  file('q.py', 'print(1)\n');
  assert.is(keel('build', 'q.py', '-O', '2', '-o', 'q1.wasm').code, 0);
  assert.is(keel('build', 'q.py', '--lib=false', '-o', 'q2.wasm').code, 0);
  assert.ok(readFileSync(join(tmp, 'q1.wasm')).equals(readFileSync(join(tmp, 'q2.wasm'))));
  const r = keel('build', 'q.py', '-O', '3');
  assert.is(r.code, 2, r.err);
});

test.run();
