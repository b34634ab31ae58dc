// Operand-stack type checking of function bodies, following the validation algorithm of the
// spec's appendix (control frames, polymorphic stack after unreachable code). Fixed-signature
// instructions take their types from the opcode table; the rest are typed here. Run by
// `ModuleBuilder.encode()` unless `validate: false`, so a code generator bug surfaces as an
// Error naming the function, instruction index and types instead of an invalid module.

import type { FuncBuilder } from './func.js';
import { IMM_SLOTS } from './func.js';
import { OPCODES } from './opcodes.js';
import { TypeRef, type BlockType, type FuncRef, type GlobalRef, type RefType, type TableRef, type ValType } from './types.js';

type Ty = ValType | 'unknown';

interface Frame {
  kind: 'block' | 'loop' | 'if' | 'else' | 'func';
  params: readonly ValType[];
  results: readonly ValType[];
  height: number;
  unreachable: boolean;
}

/** What the checker needs from the module besides the function itself. */
export interface ValidateEnv {
  tableType(t: TableRef | undefined): RefType;
}

const NO_TYPES: readonly ValType[] = [];

export function validateBody(f: FuncBuilder, env: ValidateEnv): void {
  f.checkBalanced();
  const stack: Ty[] = [];
  const frames: Frame[] = [{ kind: 'func', params: NO_TYPES, results: f.results, height: 0, unreachable: false }];
  let at = -1;
  let opName = '';

  const fail = (msg: string): never => {
    const where = at < 0 ? 'at the end' : `instruction #${at} '${opName}'`;
    throw new Error(`wasm builder: function '${f.name}': ${where}: ${msg}`);
  };
  const top = (): Frame => frames[frames.length - 1]!;
  const push = (t: Ty): void => {
    stack.push(t);
  };
  const pop = (expect?: ValType): Ty => {
    const fr = top();
    let t: Ty;
    if (stack.length === fr.height) {
      if (!fr.unreachable) fail(`expected ${expect ?? 'a value'} but the stack is empty`);
      t = 'unknown';
    } else t = stack.pop()!;
    if (expect !== undefined && t !== expect && t !== 'unknown') fail(`expected ${expect} but got ${t}`);
    return t;
  };
  const popAll = (ts: readonly ValType[]): void => {
    for (let i = ts.length - 1; i >= 0; i--) pop(ts[i]);
  };
  const pushAll = (ts: readonly ValType[]): void => {
    for (const t of ts) push(t);
  };
  const popRef = (): Ty => {
    const t = pop();
    if (t !== 'unknown' && t !== 'funcref' && t !== 'externref') fail(`expected a reference but got ${t}`);
    return t;
  };
  const labelTypes = (fr: Frame): readonly ValType[] => (fr.kind === 'loop' ? fr.params : fr.results);
  const label = (depth: number): Frame => frames[frames.length - 1 - depth]!;
  const setUnreachable = (): void => {
    const fr = top();
    stack.length = fr.height;
    fr.unreachable = true;
  };
  const blockSig = (bt: BlockType): [readonly ValType[], readonly ValType[]] => {
    if (bt === null) return [NO_TYPES, NO_TYPES];
    if (bt instanceof TypeRef) return [bt.params, bt.results];
    return [NO_TYPES, [bt]];
  };
  const endFrame = (): Frame => {
    const fr = top();
    popAll(fr.results);
    if (stack.length !== fr.height) fail(`${stack.length - fr.height} extra value(s) on the stack at the end of the ${fr.kind}`);
    frames.pop();
    return fr;
  };

  const imms = f.imms;
  let k = 0;
  for (let i = 0; i < f.ops.length; i++) {
    const info = OPCODES[f.ops[i]!]!;
    at = i;
    opName = info.name;
    const base = k;
    k += IMM_SLOTS[info.imm];
    if (info.sig !== null) {
      popAll(info.sig.params as ValType[]);
      pushAll(info.sig.results as ValType[]);
      continue;
    }
    const imm0 = imms[base];
    switch (info.name) {
      case 'unreachable':
        setUnreachable();
        break;
      case 'block':
      case 'loop':
      case 'if': {
        const [params, results] = blockSig(imm0 as BlockType);
        if (info.name === 'if') pop('i32');
        popAll(params);
        frames.push({ kind: info.name, params, results, height: stack.length, unreachable: false });
        pushAll(params);
        break;
      }
      case 'else': {
        const fr = endFrame();
        if (fr.kind !== 'if') fail(`'else' without an open 'if'`);
        frames.push({ kind: 'else', params: fr.params, results: fr.results, height: stack.length, unreachable: false });
        pushAll(fr.params);
        break;
      }
      case 'end': {
        const fr = endFrame();
        if (fr.kind === 'if' && !sameTypes(fr.params, fr.results)) fail(`'if' without 'else' must have matching params and results`);
        if (fr.kind === 'func') {
          if (i !== f.ops.length - 1) fail(`instructions after the function's final 'end'`);
          return;
        }
        pushAll(fr.results);
        break;
      }
      case 'br':
        popAll(labelTypes(label(imm0 as number)));
        setUnreachable();
        break;
      case 'br_if': {
        pop('i32');
        const ts = labelTypes(label(imm0 as number));
        popAll(ts);
        pushAll(ts);
        break;
      }
      case 'br_table': {
        pop('i32');
        const def = labelTypes(label(imms[base + 1] as number));
        for (const l of imm0 as number[]) {
          const ts = labelTypes(label(l));
          if (ts.length !== def.length) fail(`br_table targets have different arities`);
          // check against a copy of the stack top, as the spec's algorithm does
          const saved = stack.slice();
          popAll(ts);
          stack.length = 0;
          stack.push(...saved);
        }
        popAll(def);
        setUnreachable();
        break;
      }
      case 'return':
        popAll(f.results);
        setUnreachable();
        break;
      case 'call': {
        const t = (imm0 as FuncRef).type;
        popAll(t.params);
        pushAll(t.results);
        break;
      }
      case 'call_indirect': {
        const t = imm0 as TypeRef;
        if (env.tableType(imms[base + 1] as TableRef | undefined) !== 'funcref') fail('call_indirect through a table that is not funcref');
        pop('i32');
        popAll(t.params);
        pushAll(t.results);
        break;
      }
      case 'drop':
        pop();
        break;
      case 'select': {
        pop('i32');
        const a = pop();
        const b = pop();
        if (a === 'funcref' || a === 'externref' || b === 'funcref' || b === 'externref') fail(`untyped select of references; use select_t`);
        if (a !== b && a !== 'unknown' && b !== 'unknown') fail(`select operands differ: ${b} and ${a}`);
        push(a === 'unknown' ? b : a);
        break;
      }
      case 'select_t': {
        const t = (imm0 as ValType[])[0]!;
        pop('i32');
        pop(t);
        pop(t);
        push(t);
        break;
      }
      case 'local.get':
        push(f.localType(imm0 as number));
        break;
      case 'local.set':
        pop(f.localType(imm0 as number));
        break;
      case 'local.tee': {
        const t = f.localType(imm0 as number);
        pop(t);
        push(t);
        break;
      }
      case 'global.get':
        push((imm0 as GlobalRef).type);
        break;
      case 'global.set':
        pop((imm0 as GlobalRef).type);
        break;
      case 'table.get':
        pop('i32');
        push((imm0 as TableRef).type);
        break;
      case 'table.set':
        pop((imm0 as TableRef).type);
        pop('i32');
        break;
      case 'table.grow':
        pop('i32');
        pop((imm0 as TableRef).type);
        push('i32');
        break;
      case 'table.fill':
        pop('i32');
        pop((imm0 as TableRef).type);
        pop('i32');
        break;
      case 'ref.null':
        push(imm0 as RefType);
        break;
      case 'ref.is_null':
        popRef();
        push('i32');
        break;
      default:
        fail(`no typing rule for '${info.name}'`);
    }
  }
  at = -1;
  // the final 'end' is implicit when the body did not emit it
  endFrame();
}

function sameTypes(a: readonly ValType[], b: readonly ValType[]): boolean {
  return a.length === b.length && a.every((t, i) => t === b[i]);
}
