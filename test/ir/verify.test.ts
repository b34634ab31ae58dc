// The verifier (src/ir/verify.ts): one failing case per invariant in its header, each checked
// for a message that names the function and the block, plus IR it must accept.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Func, Inst } from '../../src/ir/function.js';
import { readModule } from '../../src/ir/read.js';
import { VerifyError, verifyModule } from '../../src/ir/verify.js';

/** Reads `text`, lets `edit` break what the reader cannot express, and verifies. */
function verifyText(text: string, edit?: (f: Func) => void): void {
  const m = readModule(text);
  if (edit) edit(m.funcs[m.funcs.length - 1]);
  verifyModule(m, (name) => (name === 'rt_hash' ? { params: ['obj'], results: ['i64'] } : undefined));
}

/** Asserts that verification fails with a message matching every pattern. */
function rejects(text: string, patterns: RegExp[], edit?: (f: Func) => void): void {
  let msg = '';
  try {
    verifyText(text, edit);
  } catch (e) {
    assert.instance(e, VerifyError);
    msg = (e as Error).message;
  }
  assert.ok(msg, 'the verifier accepted it');
  for (const p of patterns) assert.match(msg, p);
}

const inst = (f: Func, block: number, k: number): Inst => f.blocks[f.blockOrder[block]].insts[k];

// ---- 1. terminators ---------------------------------------------------------------------------

test('1: a block must end in a terminator', () => {
  rejects('func @f() {\nb0:\n    jump b1\nb1:\n    v0 = const.i64 1\n}\n', [/@f b1: does not end in a terminator/]);
});

test('1: no terminator in the middle of a block', () => {
  rejects('func @f() {\nb0:\n    jump b1\n    ret\nb1:\n    ret\n}\n', [/@f b0 inst 0 \(jump\): terminator in the middle/]);
});

test('a function needs a block', () => {
  rejects('func @f() {\nb0:\n    ret\n}\n', [/@f.*has no blocks/], (f) => (f.blockOrder = []));
});

// ---- 2. the entry block -------------------------------------------------------------------------

test('2: entry parameters match the signature', () => {
  rejects('func @f(i64) {\nb0:\n    ret\n}\n', [/@f b0: entry block parameters \(\) do not match the signature \(i64\)/]);
  rejects('func @f(i64) {\nb0(v0: i32):\n    ret\n}\n', [/@f b0: entry block parameters \(i32\)/]);
});

test('2: no branch targets the entry block', () => {
  rejects('func @f() {\nb0:\n    jump b1\nb1:\n    jump b0\n}\n', [/@f b1 inst 0 \(jump\): branches to the entry block/]);
});

// ---- 3. instructions match the op table ---------------------------------------------------------

test('3: operand count', () => {
  rejects('func @f(i64) {\nb0(v0: i64):\n    v1 = i64.add v0\n    ret\n}\n', [/@f b0 inst 0 \(i64.add\): takes 2 operands, given 1/]);
});

test('3: operand types', () => {
  rejects('func @f(i32) {\nb0(v0: i32):\n    v1 = i64.add v0, v0\n    ret\n}\n', [/@f b0 inst 0 \(i64.add\): operand 0 \(v0\) is i32, expected i64/]);
});

test('3: immediate kind', () => {
  rejects('func @f() {\nb0:\n    v0 = const.i64 1\n    ret\n}\n', [/@f b0 inst 0 \(const.i64\): immediate 1 is not of kind int/], (f) => {
    f.insts[inst(f, 0, 0)].imm = 1; // a number, not a bigint
  });
  rejects('func @f() {\nb0:\n    v0 = const.none\n    ret\n}\n', [/@f b0 inst 0 \(const.none\): immediate/], (f) => {
    f.insts[inst(f, 0, 0)].imm = 'x';
  });
});

test('3: a result exactly when the op has one, of its type', () => {
  const text = 'func @f(i64) {\nb0(v0: i64):\n    v1 = i64.add v0, v0\n    ret\n}\n';
  rejects(text, [/@f b0 inst 0 \(i64.add\): has no result/], (f) => (f.insts[inst(f, 0, 0)].result = undefined));
  rejects(text, [/@f b0 inst 0 \(i64.add\): result is i32, expected i64/], (f) => (f.valueTypes[f.insts[inst(f, 0, 0)].result!] = 'i32'));
  rejects('func @f(i32, i64) {\nb0(v0: i32, v1: i64):\n    store.i64 0, v0, v1\n    ret\n}\n', [/@f b0 inst 0 \(store.i64\): has a result but the op has none/], (f) => {
    f.insts[inst(f, 0, 0)].result = f.newValue('i64', { kind: 'inst', inst: inst(f, 0, 0) });
  });
});

test('3: targets only on terminators, as many as the op has', () => {
  rejects('func @f(i64) {\nb0(v0: i64):\n    v1 = i64.add v0, v0\n    ret\n}\n', [/@f b0 inst 0 \(i64.add\): is not a terminator but has targets/], (f) => {
    f.insts[inst(f, 0, 0)].targets = [{ block: f.entry, args: [] }];
  });
  rejects('func @f(i32) {\nb0(v0: i32):\n    br v0, b1, b1\nb1:\n    ret\n}\n', [/@f b0 inst 0 \(br\): has 1 targets, expected 2/], (f) => {
    f.insts[inst(f, 0, 0)].targets.pop();
  });
});

// ---- 4. targets ----------------------------------------------------------------------------------

test('4: a target must be a block of the function', () => {
  rejects('func @f() {\nb0:\n    jump b1\nb1:\n    ret\n}\n', [/@f b0 inst 0 \(jump\): targets b1, which is not in the function/], (f) => {
    f.blockOrder = [f.entry];
  });
});

test('4: one argument per block parameter, of its type', () => {
  rejects('func @f(i64) {\nb0(v0: i64):\n    jump b1\nb1(v1: i64):\n    ret\n}\n', [/@f b0 inst 0 \(jump\): passes 0 arguments to b1, which has 1 parameters/]);
  rejects('func @f(i32) {\nb0(v0: i32):\n    jump b1(v0)\nb1(v1: i64):\n    ret\n}\n', [/@f b0 inst 0 \(jump\): argument 0 to b1 is i32, parameter is i64/]);
});

// ---- 5. returns and calls -----------------------------------------------------------------------

test('5: ret returns the result types', () => {
  rejects('func @f(i32) -> i64 {\nb0(v0: i32):\n    ret v0\n}\n', [/@f b0 inst 0 \(ret\): returns \(i32\), function returns \(i64\)/]);
  rejects('func @f(i64) -> i64 {\nb0(v0: i64):\n    ret\n}\n', [/@f b0 inst 0 \(ret\): returns \(\)/]);
});

test('5: a call names a known function and matches its signature', () => {
  const g = 'func @g(obj) -> obj {\nb0(v0: obj):\n    ret v0\n}\n\n';
  rejects('func @f(obj) {\nb0(v0: obj):\n    v1 = call.obj @nowhere, v0\n    ret\n}\n', [/@f b0 inst 0 \(call\): calls unknown function @nowhere/]);
  rejects(g + 'func @f(obj) {\nb0(v0: obj):\n    v1 = call.obj @g\n    ret\n}\n', [/@f b0 inst 0 \(call\): @g takes 1 arguments, given 0/]);
  rejects(g + 'func @f(i64) {\nb0(v0: i64):\n    v1 = call.obj @g, v0\n    ret\n}\n', [/@f b0 inst 0 \(call\): argument 0 is i64, @g expects obj/]);
  rejects(g + 'func @f(obj) {\nb0(v0: obj):\n    v1 = call.f64 @g, v0\n    ret\n}\n', [/@f b0 inst 0 \(call\): result type f64 but @g returns obj/]);
  rejects('func @f(obj) {\nb0(v0: obj):\n    v1 = call.obj @rt_hash, v0\n    ret\n}\n', [/@f b0 inst 0 \(call\): result type obj but @rt_hash returns i64/]);
});

// ---- 6. each instruction in one place -------------------------------------------------------------

test('6: an instruction is placed at most once', () => {
  rejects('func @f(i64) {\nb0(v0: i64):\n    v1 = i64.add v0, v0\n    jump b1\nb1:\n    ret\n}\n', [/@f b1 inst 0 \(i64.add\): instruction placed twice/], (f) => {
    f.blocks[f.blockOrder[1]].insts.unshift(inst(f, 0, 0));
  });
});

// ---- 7. dominance -----------------------------------------------------------------------------------

test('7: a use is dominated by its definition', () => {
  rejects(
    'func @f(i32) -> i64 {\nb0(v0: i32):\n    br v0, b1, b2\nb1:\n    v1 = const.i64 1\n    jump b3\nb2:\n    jump b3\nb3:\n    ret v1\n}\n',
    [/@f b3 inst 0 \(ret\): use of v\d+ is not dominated by its definition/],
  );
  rejects('func @f() -> i64 {\nb0:\n    v0 = i64.add v1, v1\n    v1 = const.i64 1\n    ret v0\n}\n', [/@f b0 inst 0 \(i64.add\): use of v1 is not dominated/]);
  rejects('func @f() {\nb0:\n    jump b1\nb1(v0: i64):\n    v1 = const.i64 1\n    ret\n}\n', [/@f b0 inst 0 \(jump\): use of v1 is not dominated/], (f) => {
    f.insts[inst(f, 0, 0)].targets[0].args = [f.insts[inst(f, 1, 0)].result!];
  });
});

// ---- 8. reducibility ---------------------------------------------------------------------------------

test('8: the control flow graph is reducible', () => {
  rejects(
    'func @f(i32) {\nb0(v0: i32):\n    br v0, b1, b2\nb1:\n    jump b2\nb2:\n    br v0, b1, b3\nb3:\n    ret\n}\n',
    [/@f: the control flow graph is irreducible \(edge b\d -> b\d\)/],
  );
});

// ---- accepted ----------------------------------------------------------------------------------------

test('accepts loops, exception edges, calls to external functions, and unreachable blocks', () => {
  verifyText(`func @f(obj, i64) -> obj {
b0(v0: obj, v1: i64):
    v2 = const.i64 0
    jump b1(v2)
b1(v3: i64):
    v4 = i64.lt_s v3, v1
    br v4, b2, b3
b2:
    v5 = call.i64 @rt_hash, v0 [3]
    check.exc b4, b5(v0)
b4:
    v6 = i64.add v3, v5
    jump b1(v6)
b3:
    ret v0
b5(v7: obj):
    ret v7
b6:
    v8 = i64.add v9, v9
    v9 = const.i64 1
    unreachable
}
`);
});

test('accepts a use later in the same block and a value passed around a loop', () => {
  verifyText('func @f(i32) -> i64 {\nb0(v0: i32):\n    v1 = const.i64 1\n    jump b1(v1)\nb1(v2: i64):\n    v3 = i64.add v2, v1\n    br v0, b1(v3), b2\nb2:\n    ret v3\n}\n');
});

test('errors name every broken instruction, not only the first', () => {
  rejects('func @f(i32) {\nb0(v0: i32):\n    v1 = i64.add v0, v0\n    v2 = i64.mul v0, v0\n    ret\n}\n', [/inst 0 \(i64.add\)/, /inst 1 \(i64.mul\)/]);
});

test.run();
