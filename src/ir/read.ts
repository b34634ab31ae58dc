// Reads the textual IR printed by print.ts (grammar in docs/ir.md) back into an IrModule.
// Value and block numbers in the text are names: they are renumbered densely in text order
// (so text printed by print.ts with dense, in-order numbers reads back to the same numbers).
// Errors throw IrSyntaxError with the line number of the text.
import { Func, IrModule, type Block, type Imm, type Value } from './function.js';
import { isOpcode, OPS, type Opcode } from './ops.js';
import { isIrType, type IrType } from './types.js';

export class IrSyntaxError extends Error {
  constructor(
    readonly lineNo: number,
    message: string,
  ) {
    super(`ir:${lineNo}: ${message}`);
  }
}

interface RawInst {
  lineNo: number;
  result?: string;
  op: Opcode;
  callType?: IrType;
  imm: Imm;
  operands: string[];
  targets: { block: string; args: string[] }[];
  line: number;
}

function splitTop(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  let inStr = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (inStr) {
      cur += c;
      if (c === '\\') cur += s[++i] ?? '';
      else if (c === '"') inStr = false;
      continue;
    }
    if (c === '"') inStr = true;
    if (c === '(') depth++;
    if (c === ')') depth--;
    if (c === ',' && depth === 0) {
      out.push(cur.trim());
      cur = '';
    } else cur += c;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

/** The line without its `;` comment; a `;` inside a JSON string is not a comment. */
function stripComment(line: string): string {
  let inStr = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (inStr) {
      if (c === '\\') i++;
      else if (c === '"') inStr = false;
    } else if (c === '"') inStr = true;
    else if (c === ';') return line.slice(0, i);
  }
  return line;
}

function parseImm(op: Opcode, tok: string, lineNo: number): Imm {
  switch (OPS[op].imm) {
    case 'int':
      if (!/^-?\d+$/.test(tok)) throw new IrSyntaxError(lineNo, `expected an integer, got '${tok}'`);
      return BigInt(tok);
    case 'float':
      if (tok === 'nan') return NaN;
      if (tok === 'inf') return Infinity;
      if (tok === '-inf') return -Infinity;
      if (!/^-?\d+(\.\d*)?(e[-+]?\d+)?$/.test(tok)) throw new IrSyntaxError(lineNo, `expected a float, got '${tok}'`);
      return Number(tok);
    case 'str':
      try {
        return JSON.parse(tok) as string;
      } catch {
        throw new IrSyntaxError(lineNo, `expected a string, got '${tok}'`);
      }
    case 'func':
      if (!tok.startsWith('@')) throw new IrSyntaxError(lineNo, `expected @function, got '${tok}'`);
      return tok.slice(1);
    case 'global':
      if (!tok.startsWith('%')) throw new IrSyntaxError(lineNo, `expected %global, got '${tok}'`);
      return tok.slice(1);
    default:
      return undefined;
  }
}

export function readModule(text: string): IrModule {
  const m = new IrModule();
  const lines = text.split('\n');
  let i = 0;
  while (i < lines.length) {
    const raw = stripComment(lines[i]).trim();
    if (!raw) {
      i++;
      continue;
    }
    if (raw.startsWith('globals ')) {
      for (const g of splitTop(raw.slice(8))) m.global(g.replace(/^%/, ''));
      i++;
      continue;
    }
    if (raw.startsWith('func ')) {
      i = readFunc(m, lines, i);
      continue;
    }
    throw new IrSyntaxError(i + 1, `expected 'func' or 'globals', got '${raw}'`);
  }
  return m;
}

function readFunc(m: IrModule, lines: string[], start: number): number {
  const head = /^func @([\w.$<>-]+)\(([^)]*)\)(?:\s*->\s*([\w, ]+))?\s*\{$/.exec(stripComment(lines[start]).trim());
  if (!head) throw new IrSyntaxError(start + 1, 'bad function header');
  const types = (s: string | undefined, ln: number): IrType[] =>
    (s ?? '')
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean)
      .map((x) => {
        if (!isIrType(x)) throw new IrSyntaxError(ln, `unknown type '${x}'`);
        return x;
      });
  const f = new Func(head[1], types(head[2], start + 1), types(head[3], start + 1));
  const blockNames = new Map<string, Block>();
  const valueNames = new Map<string, Value>();
  const blockInsts: { block: Block }[] = [];
  const made: { inst: number; raw: RawInst }[] = [];
  const seenBlocks = new Set<Block>();
  let i = start + 1;
  const blockOf = (name: string): Block => {
    let b = blockNames.get(name);
    if (b === undefined) blockNames.set(name, (b = f.newBlock()));
    return b;
  };
  // Pass 1: blocks, parameters, instructions with their result values, numbered in text order.
  for (; i < lines.length; i++) {
    const ln = i + 1;
    const s = stripComment(lines[i]).trim();
    if (!s) continue;
    if (s === '}') break;
    const bm = /^(b\d+)(?:\((.*)\))?:$/.exec(s);
    if (bm) {
      const b = blockOf(bm[1]);
      if (seenBlocks.has(b)) throw new IrSyntaxError(ln, `${bm[1]} defined twice`);
      for (const p of bm[2] ? splitTop(bm[2]) : []) {
        const pm = /^(v\d+):\s*(\w+)$/.exec(p);
        if (!pm || !isIrType(pm[2])) throw new IrSyntaxError(ln, `bad block parameter '${p}'`);
        if (valueNames.has(pm[1])) throw new IrSyntaxError(ln, `${pm[1]} defined twice`);
        valueNames.set(pm[1], f.addBlockParam(b, pm[2]));
      }
      seenBlocks.add(b);
      blockInsts.push({ block: b });
      continue;
    }
    if (!blockInsts.length) throw new IrSyntaxError(ln, 'instruction outside a block');
    const im = /^(?:(v\d+)\s*=\s*)?([\w.]+)(.*?)(?:\s*\[(\d+)\])?$/.exec(s);
    if (!im) throw new IrSyntaxError(ln, `cannot read '${s}'`);
    let opName = im[2];
    let callType: IrType | undefined;
    const cm = /^call\.(\w+)$/.exec(opName);
    if (cm && isIrType(cm[1])) {
      opName = 'call';
      callType = cm[1];
    }
    if (!isOpcode(opName)) throw new IrSyntaxError(ln, `unknown op '${opName}'`);
    const op = opName;
    const info = OPS[op];
    const toks = splitTop(im[3].trim());
    let imm: Imm;
    if (info.imm !== 'none') {
      if (!toks.length) throw new IrSyntaxError(ln, `${op} needs an immediate`);
      imm = parseImm(op, toks.shift()!, ln);
    }
    const operands: string[] = [];
    const targets: RawInst['targets'] = [];
    for (const t of toks) {
      const tm = /^(b\d+)(?:\((.*)\))?$/.exec(t);
      if (tm) targets.push({ block: tm[1], args: tm[2] ? splitTop(tm[2]) : [] });
      else if (/^v\d+$/.test(t)) operands.push(t);
      else throw new IrSyntaxError(ln, `bad operand '${t}'`);
    }
    const r: RawInst = { lineNo: ln, result: im[1], op, callType, imm, operands, targets, line: im[4] ? Number(im[4]) : 0 };
    let rt: IrType | null = null;
    if (r.op === 'call') rt = r.result ? (r.callType ?? 'obj') : null;
    else if (info.result !== 'callee') rt = info.result;
    if (r.result && !rt) throw new IrSyntaxError(ln, `${r.op} has no result`);
    if (!r.result && rt && r.op !== 'call') throw new IrSyntaxError(ln, `${r.op} needs a result value`);
    const cur = blockInsts[blockInsts.length - 1];
    const inst = f.makeInst(r.op, [], r.imm, r.result ? rt : null, [], r.line);
    f.blocks[cur.block].insts.push(inst);
    const res = f.insts[inst].result;
    if (r.result && res !== undefined) {
      if (valueNames.has(r.result)) throw new IrSyntaxError(ln, `${r.result} defined twice`);
      valueNames.set(r.result, res);
    }
    made.push({ inst, raw: r });
  }
  if (i >= lines.length) throw new IrSyntaxError(start + 1, `function @${f.name} has no closing '}'`);
  // Pass 2: operands and targets, now that every value has a number.
  const val = (name: string, ln: number): Value => {
    const v = valueNames.get(name);
    if (v === undefined) throw new IrSyntaxError(ln, `${name} is not defined`);
    return v;
  };
  for (const { inst, raw } of made) {
    const d = f.insts[inst];
    d.args = raw.operands.map((o) => val(o, raw.lineNo));
    d.targets = raw.targets.map((t) => {
      if (!blockNames.has(t.block)) throw new IrSyntaxError(raw.lineNo, `${t.block} is not defined`);
      return { block: blockNames.get(t.block)!, args: t.args.map((a) => val(a, raw.lineNo)) };
    });
  }
  // Blocks referenced but never defined were created by blockOf; reject them.
  const defined = new Set(blockInsts.map((x) => x.block));
  for (const [name, b] of blockNames) if (!defined.has(b)) throw new IrSyntaxError(start + 1, `${name} is used but not defined`);
  f.blockOrder = blockInsts.map((x) => x.block);
  m.addFunc(f);
  return i + 1;
}
