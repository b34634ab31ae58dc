// Exported functions (`keel build --export NAME`, `--lib`): for each named top-level function,
// a wrapper `__export__.NAME` with a raw wasm signature (int -> i64, float -> f64, bool -> i32)
// that runs the module body once, converts its arguments to Python objects, calls the
// function, reports an uncaught exception as `_start` does, and converts the result back.
// Parameter types come from annotations where present, else from every call site in the
// program (whole-program inference); a signature that is not provably scalar is a diagnostic.
import type * as ast from '../parse/ast.js';
import { CompileError, diag, type Diagnostic } from '../diag/diagnostic.js';
import { FunctionBuilder } from '../ir/builder.js';
import { Func, type IrModule, type Value } from '../ir/function.js';
import type { IrType } from '../ir/types.js';
import { inferTypes, T_BOOL, T_FLOAT, T_INT, T_NONE, T_UNBOUND } from '../passes/infer.js';
import { MAIN_INIT } from './program.js';

/** The global that is set once the module body has run (so exports run it at most once). */
export const INIT_FLAG = '__keel_initialized__';
export const INIT_ONCE = '__main__.<init-once>';

type Scalar = 'int' | 'float' | 'bool';
const RAW: Record<Scalar, IrType> = { int: 'i64', float: 'f64', bool: 'i32' };

function scalarOf(set: number): Scalar | undefined {
  const t = set & ~T_UNBOUND;
  if (t === T_FLOAT) return 'float';
  if (t === T_BOOL) return 'bool';
  if (t !== 0 && (t & ~(T_INT | T_BOOL)) === 0) return 'int';
  return undefined;
}

function annotationScalar(e: ast.expr | null): Scalar | undefined {
  if (e && e._type === 'Name' && (e.id === 'int' || e.id === 'float' || e.id === 'bool')) return e.id;
  return undefined;
}

export interface ExportRequest {
  names: string[];
  lib: boolean;
  file: string;
  moduleName: string;
  ast: ast.Module;
}

/** Adds the wrappers (and `_initialize` for --lib); returns the codegen export list. */
export function addExports(m: IrModule, req: ExportRequest): { func: string; as: string }[] {
  const types = inferTypes(m);
  const diags: Diagnostic[] = [];
  const out: { func: string; as: string }[] = [];
  const defs = new Map<string, ast.FunctionDef>();
  for (const s of req.ast.body) if (s._type === 'FunctionDef') defs.set(s.name, s);
  if (req.names.length || req.lib) m.addFunc(buildInitOnce(m, req.moduleName));
  if (req.lib) {
    m.addFunc(buildInitialize());
    out.push({ func: '_initialize', as: '_initialize' });
  }
  for (const name of req.names) {
    const node = defs.get(name);
    const target = m.func(`__main__.${name}`);
    if (!node || !target) {
      diags.push(diag('K400', req.file, undefined, `cannot export ${name}: there is no top-level function of that name`));
      continue;
    }
    const where = { line: node.lineno, col: node.col_offset + 1 };
    const ty = types.types.get(target)!;
    const params: Scalar[] = [];
    node.args.args.forEach((a, i) => {
      const p = annotationScalar(a.annotation) ?? scalarOf(ty[target.blocks[target.entry].params[i]]);
      if (!p) {
        diags.push(diag('K301', req.file, { line: a.lineno, col: a.col_offset + 1 }, `cannot export ${name}: parameter '${a.arg}' is not provably an int, float or bool (call ${name} in the program, or annotate the parameter)`));
      } else params.push(p);
    });
    let result: Scalar | 'none' | undefined = annotationScalar(node.returns);
    if (!result) {
      let rets = 0;
      for (const b of target.blockOrder) {
        const t = target.terminator(b);
        if (t !== undefined && target.insts[t].op === 'ret') rets |= ty[target.insts[t].args[0]];
      }
      result = (rets & ~T_UNBOUND) === T_NONE ? 'none' : scalarOf(rets);
    }
    if (!result) diags.push(diag('K301', req.file, where, `cannot export ${name}: its result is not provably an int, float, bool or None`));
    if (params.length !== node.args.args.length || !result) continue;
    m.addFunc(buildWrapper(name, target, params, result));
    out.push({ func: `__export__.${name}`, as: name });
  }
  if (diags.length) throw new CompileError(diags);
  return out;
}

/** Runs the module body once, with __name__ set to the module's name; reports its exception. */
function buildInitOnce(m: IrModule, moduleName: string): Func {
  m.global(INIT_FLAG);
  m.global('__name__');
  const f = new Func(INIT_ONCE, [], []);
  const b = new FunctionBuilder(f);
  const entry = b.newBlock();
  const run = b.newBlock();
  const done = b.newBlock();
  const ok = b.newBlock();
  const bad = b.newBlock();
  b.switchTo(entry);
  const flag = b.emit('global.get', [], INIT_FLAG);
  const unset = b.emit('py.is', [flag, b.emit('ptr.word', [b.emit('const.i32', [], 0n)])]);
  b.br(unset, run, done);
  b.switchTo(run);
  b.emit('global.set', [b.emit('const.none')], INIT_FLAG);
  b.emit('global.set', [b.emit('const.str', [], moduleName)], '__name__');
  b.emit('call', [], MAIN_INIT, null);
  b.checkExc(ok, bad);
  b.switchTo(ok);
  b.jump(done);
  b.switchTo(bad);
  b.emit('call', [], 'rt_report_uncaught', null);
  b.ret([]);
  b.switchTo(done);
  b.ret([]);
  b.sealAll();
  return f;
}

function buildInitialize(): Func {
  const f = new Func('_initialize', [], []);
  const b = new FunctionBuilder(f);
  b.switchTo(b.newBlock());
  b.emit('call', [], INIT_ONCE, null);
  b.emit('call', [], 'rt_flush', null);
  b.ret([]);
  b.sealAll();
  return f;
}

function buildWrapper(name: string, target: Func, params: Scalar[], result: Scalar | 'none'): Func {
  const f = new Func(`__export__.${name}`, params.map((p) => RAW[p]), result === 'none' ? [] : [RAW[result]]);
  const b = new FunctionBuilder(f);
  const entry = b.newBlock();
  const ok = b.newBlock();
  const bad = b.newBlock();
  b.switchTo(entry);
  const raw = params.map((p) => f.addBlockParam(entry, RAW[p]));
  b.emit('call', [], INIT_ONCE, null);
  const args: Value[] = raw.map((v, i) => {
    if (params[i] === 'float') return b.emit('box.float', [v]);
    if (params[i] === 'bool') return b.emit('box.bool', [v]);
    return b.emit('call', [v], 'rt_int_from_i64', 'obj');
  });
  const r = b.emit('call', args, target.name, 'obj');
  b.checkExc(ok, bad);
  b.switchTo(bad);
  b.emit('call', [], 'rt_report_uncaught', null);
  b.unreachable();
  b.switchTo(ok);
  let out: Value[] = [];
  if (result === 'float') out = [b.emit('unbox.float', [r])];
  else if (result === 'bool') out = [b.emit('py.is', [r, b.emit('const.bool', [], 1n)])];
  else if (result === 'int') {
    const v = b.emit('call', [r], 'rt_export_int_to_i64', 'i64');
    const conv = b.newBlock();
    b.checkExc(conv, bad);
    b.switchTo(conv);
    out = [v];
  }
  b.emit('call', [], 'rt_flush', null);
  b.ret(out);
  b.sealAll();
  return f;
}
