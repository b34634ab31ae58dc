// The IR's textual form (grammar in docs/ir.md). print() and read() round-trip:
//
//   func @fib(obj) -> obj {
//   b0(v0: obj):
//       v1 = const.int 2
//       v2 = py.lt v0, v1 [3]
//       br v3, b1, b2(v2) [3]
//   }
import type { Func, Imm, IrModule, Target, Value } from './function.js';
import { OPS } from './ops.js';

export function printValue(v: Value): string {
  return `v${v}`;
}

export function printImm(op: string, imm: Imm): string {
  const kind = OPS[op as keyof typeof OPS].imm;
  switch (kind) {
    case 'int':
      return String(imm);
    case 'float':
      return printFloat(imm as number);
    case 'str':
      return JSON.stringify(imm);
    case 'func':
      return `@${imm as string}`;
    case 'global':
      return `%${imm as string}`;
    default:
      return '';
  }
}

/** A float that reads back exactly: always with a '.', 'e', or a name (inf, -inf, nan). */
export function printFloat(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (Object.is(x, -0)) return '-0.0';
  const s = String(x);
  return /[.e]/.test(s) ? s : s + '.0';
}

function printTarget(t: Target): string {
  return t.args.length ? `b${t.block}(${t.args.map(printValue).join(', ')})` : `b${t.block}`;
}

export function printFunc(f: Func): string {
  const lines: string[] = [];
  const res = f.results.length ? ` -> ${f.results.join(', ')}` : '';
  lines.push(`func @${f.name}(${f.params.join(', ')})${res} {`);
  for (const b of f.blockOrder) {
    const bd = f.blocks[b];
    const params = bd.params.map((p) => `v${p}: ${f.typeOf(p)}`).join(', ');
    lines.push(bd.params.length ? `b${b}(${params}):` : `b${b}:`);
    for (const i of bd.insts) {
      const d = f.insts[i];
      const info = OPS[d.op];
      let s = d.result !== undefined ? `v${d.result} = ` : '';
      s += d.op;
      if (d.op === 'call' && d.result !== undefined) s += `.${f.typeOf(d.result)}`;
      const parts: string[] = [];
      if (info.imm !== 'none') parts.push(printImm(d.op, d.imm));
      parts.push(...d.args.map(printValue));
      parts.push(...d.targets.map(printTarget));
      if (parts.length) s += ' ' + parts.join(', ');
      if (d.line) s += ` [${d.line}]`;
      lines.push('    ' + s);
    }
  }
  lines.push('}');
  return lines.join('\n') + '\n';
}

export function printModule(m: IrModule): string {
  const parts: string[] = [];
  if (m.globals.length) parts.push(`globals ${m.globals.map((g) => `%${g}`).join(', ')}\n`);
  for (const f of m.funcs) parts.push(printFunc(f));
  return parts.join('\n');
}
