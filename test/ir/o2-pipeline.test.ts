// The whole -O2 pipeline (runPasses at optLevel 2, verifying after every pass) on small IR
// programs shaped as the lowering makes them (a check.exc after every op that may raise, unwind
// blocks that record a traceback frame), with checks on the shape of the result: no exception
// check is left in pure int arithmetic, none of the generic ops remain where inference proved
// the types, and a float loop neither boxes nor unboxes inside the loop.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { DomTree } from '../../src/ir/analysis/dominators.js';
import { LoopInfo } from '../../src/ir/analysis/loops.js';
import type { Func, FuncSig, IrModule } from '../../src/ir/function.js';
import { printModule } from '../../src/ir/print.js';
import { readModule } from '../../src/ir/read.js';
import { makePassContext, runPasses } from '../../src/passes/index.js';

/** The runtime functions the passes call (the stdlib provides them in a real build). */
const OBJ2: FuncSig = { params: ['obj', 'obj'], results: ['obj'] };
const RUNTIME: Record<string, FuncSig> = {
  ...Object.fromEntries(['add', 'sub', 'mul', 'floordiv', 'mod', 'truediv', 'lt', 'le', 'gt', 'ge', 'eq', 'ne'].map((n) => [`rt_${n}`, OBJ2])),
  // the int-only slow paths of int.* ops (stdlib/_rt/int_ops.py): comparisons answer an i32
  ...Object.fromEntries(['add', 'sub', 'mul', 'floordiv', 'mod'].map((n) => [`rt_iop_${n}`, OBJ2])),
  ...Object.fromEntries(['lt', 'le', 'gt', 'ge', 'eq', 'ne'].map((n) => [`rt_iop_${n}`, { params: ['obj', 'obj'], results: ['i32'] } as FuncSig])),
  rt_raise: { params: ['obj', 'obj'], results: [] },
  rt_num_to_f64: { params: ['obj'], results: ['f64'] },
  rt_tb_add: { params: ['obj', 'obj', 'i64'], results: [] },
  rt_keep: { params: ['obj'], results: [] }, // stands for any runtime function taking an object
};

function o2(text: string): IrModule {
  const m = readModule(text);
  runPasses(m, makePassContext({ optLevel: 2, verify: true, externalSigs: (n) => (Object.hasOwn(RUNTIME, n) ? RUNTIME[n] : undefined) }));
  return m;
}

function func(m: IrModule, name: string): Func {
  const f = m.func(name);
  if (!f) throw new Error(`no function @${name}`);
  return f;
}

/** The ops of f's instructions, in the layout (optionally only in the given blocks). */
function ops(f: Func, blocks: readonly number[] = f.blockOrder): string[] {
  return blocks.flatMap((b) => f.blocks[b].insts.map((i) => (f.insts[i].op === 'call' ? `call @${String(f.insts[i].imm)}` : f.insts[i].op)));
}

/** The blocks inside some loop of f. */
function loopBlocks(f: Func): number[] {
  const cfg = { entry: f.entry as number, succs: (b: number) => f.successors(b as never) };
  const loops = LoopInfo.compute(cfg, DomTree.compute(cfg)).loops;
  assert.ok(loops.length > 0, `@${f.name} has no loop left`);
  return [...new Set(loops.flatMap((l) => l.blocks))];
}

const UNWIND = (fn: string, line: number) => `
    v900 = const.str "t.py"
    v901 = const.str "${fn}"
    v902 = const.i64 ${line}
    call @rt_tb_add, v900, v901, v902
    v903 = const.i32 0
    v904 = ptr.word v903
    ret v904`;

/** def total(n): s = 0; i = 0; while i < n: s = s + i; i = i + 1; return s  ... total(10) */
const INT_LOOP = `
func @__main__.total(obj) -> obj {
b0(v0: obj):
    v1 = const.int 0 [2]
    jump b1(v1, v1)
b1(v2: obj, v3: obj):
    v4 = py.lt v3, v0 [3]
    check.exc b2, b9 [3]
b2:
    v5 = py.truth v4 [3]
    check.exc b3, b9 [3]
b3:
    br v5, b4, b8 [3]
b4:
    v6 = py.add v2, v3 [4]
    check.exc b5, b9 [4]
b5:
    v7 = const.int 1 [5]
    v8 = py.add v3, v7 [5]
    check.exc b6, b9 [5]
b6:
    jump b1(v6, v8) [5]
b8:
    ret v2 [6]
b9:${UNWIND('total', 3)}
}

func @__main__.<module>() -> obj {
b0:
    v0 = const.int 10 [7]
    v1 = call.obj @__main__.total, v0 [7]
    check.exc b1, b2 [7]
b1:
    ret v1 [7]
b2:${UNWIND('<module>', 7)}
}
`;

test('pure int arithmetic: no check.exc and no generic op left, the caller checks nothing', () => {
  const m = o2(INT_LOOP);
  const total = ops(func(m, '__main__.total'));
  assert.not.ok(total.includes('check.exc'), printModule(m));
  assert.not.ok(total.some((o) => o.startsWith('py.') && o !== 'py.is'), printModule(m));
  assert.not.ok(total.includes('call @rt_tb_add'), 'the unwind block is unreachable and dropped');
  // The slow paths stay: the sum can outgrow small ints.
  assert.ok(total.includes('call @rt_iop_add') && total.includes('i64.add'), printModule(m));
  assert.not.ok(ops(func(m, '__main__.<module>')).includes('check.exc'), printModule(m));
});

/** def f(a, b): return a // b ... f(7, 0): int floor division can raise ZeroDivisionError (a divisor range proves >= 1 would drop the check of f inlined). */
const INT_DIV = `
func @__main__.f(obj, obj) -> obj {
b0(v0: obj, v1: obj):
    v2 = py.floordiv v0, v1 [2]
    check.exc b1, b2 [2]
b1:
    ret v2 [2]
b2:${UNWIND('f', 2)}
}

func @__main__.<module>() -> obj {
b0:
    v0 = const.int 7 [3]
    v1 = const.int 0 [3]
    v2 = call.obj @__main__.f, v0, v1 [3]
    check.exc b1, b2 [3]
b1:
    ret v2 [3]
b2:${UNWIND('<module>', 3)}
}
`;

test('int floor division keeps its check, and so does its caller', () => {
  const m = o2(INT_DIV);
  const f = ops(func(m, '__main__.f'));
  assert.ok(f.includes('call @rt_iop_floordiv') && f.includes('i64.div_s'), printModule(m));
  assert.ok(f.includes('check.exc') && f.includes('call @rt_tb_add'), printModule(m));
  assert.ok(ops(func(m, '__main__.<module>')).includes('check.exc'), printModule(m));
});

/**
 * def g(n): x = 0.5; i = 0; while i < n: x = x * 1.5 + 0.25; i = i + 1; <exit>  ... g(10),
 * where <exit> uses x after the loop.
 */
const floatLoop = (exit: string) => `
func @__main__.g(obj) -> obj {
b0(v0: obj):
    v1 = const.float 0.5 [2]
    v2 = const.int 0 [3]
    jump b1(v1, v2)
b1(v3: obj, v4: obj):
    v5 = py.lt v4, v0 [4]
    check.exc b2, b9 [4]
b2:
    v6 = py.truth v5 [4]
    check.exc b3, b9 [4]
b3:
    br v6, b4, b8 [4]
b4:
    v7 = const.float 1.5 [5]
    v8 = py.mul v3, v7 [5]
    check.exc b5, b9 [5]
b5:
    v9 = const.float 0.25 [5]
    v10 = py.add v8, v9 [5]
    check.exc b6, b9 [5]
b6:
    v11 = const.int 1 [6]
    v12 = py.add v4, v11 [6]
    check.exc b7, b9 [6]
b7:
    jump b1(v10, v12) [6]
b8:${exit}
b9:${UNWIND('g', 4)}
}

func @__main__.<module>() -> obj {
b0:
    v0 = const.int 10 [8]
    v1 = call.obj @__main__.g, v0 [8]
    check.exc b1, b2 [8]
b1:
    ret v1 [8]
b2:${UNWIND('<module>', 8)}
}
`;

/** The loop's float is an f64 block parameter, and no box or unbox runs inside the loop. */
function assertUnboxedLoop(m: IrModule): void {
  const g = func(m, '__main__.g');
  const inLoop = ops(g, loopBlocks(g));
  assert.ok(inLoop.includes('f64.mul') && inLoop.includes('f64.add'), printModule(m));
  assert.not.ok(inLoop.includes('box.float'), `box.float inside the loop:\n${printModule(m)}`);
  assert.not.ok(inLoop.includes('unbox.float'), `unbox.float inside the loop:\n${printModule(m)}`);
  assert.ok(g.blocks.some((b) => b.params.some((p) => g.typeOf(p) === 'f64')), `no f64 block parameter:\n${printModule(m)}`);
}

test('float loop whose result is compared after the loop: no box.float inside the loop', () => {
  const m = o2(
    floatLoop(`
    v13 = const.float 1.0 [7]
    v14 = py.gt v3, v13 [7]
    check.exc b10, b9 [7]
b10:
    ret v14 [7]`),
  );
  assertUnboxedLoop(m);
  assert.not.ok(ops(func(m, '__main__.g')).includes('box.float'), 'the float is never needed as an object');
});

test('float loop whose result is returned: unboxed loop (the box, if any, is outside it)', () => {
  assertUnboxedLoop(
    o2(
      floatLoop(`
    ret v3 [7]`),
    ),
  );
});

test('float loop whose result is passed to the runtime: no box.float inside the loop', () => {
  assertUnboxedLoop(
    o2(
      floatLoop(`
    call @rt_keep, v3 [7]
    check.exc b10, b9 [7]
b10:
    v13 = const.none [7]
    ret v13 [7]`),
    ),
  );
});

test.run();
