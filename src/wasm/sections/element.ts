// Element section (id 9). Segments whose items are all functions of a funcref segment use the
// compact function-index forms (flags 0-3); segments holding nulls use expressions (flags 4-7).
// Table 0 with funcref gets the flag-0/4 form without a table index, as the spec's shorthand.

import { ByteWriter } from '../../util/bytes.js';
import type { ElemSegment, EncodeContext } from '../context.js';
import { encodeConstExpr } from '../instr.js';
import { VALTYPE_BYTE, type FuncRef } from '../types.js';
import { writeVec } from './section.js';

export function elementSection(elems: readonly ElemSegment[], ctx: EncodeContext): ByteWriter | null {
  if (elems.length === 0) return null;
  const w = new ByteWriter();
  writeVec(w, elems, (w, e) => writeSegment(w, e, ctx));
  return w;
}

function writeSegment(w: ByteWriter, e: ElemSegment, ctx: EncodeContext): void {
  const funcsOnly = e.type === 'funcref' && e.items.every((x) => x !== null);
  const exprBit = funcsOnly ? 0 : 4;
  const writeItems = (): void => {
    if (funcsOnly) writeVec(w, e.items as readonly FuncRef[], (w, f) => w.u32(ctx.funcIndex(f)));
    else
      writeVec(w, e.items, (w, f) =>
        encodeConstExpr(f === null ? { op: 'ref.null', type: e.type } : { op: 'ref.func', func: f }, ctx, w),
      );
  };
  // elemkind (0x00 = funcref) for index forms, a reftype for expression forms
  const writeKind = (): void => {
    if (funcsOnly) w.u8(0x00);
    else w.u8(VALTYPE_BYTE[e.type]);
  };
  if (e.mode === 'active') {
    const table = ctx.tableIndex(e.table);
    if (ctx.tableType(e.table) !== e.type) ctx.fail(`element segment of ${e.type} for a table of ${ctx.tableType(e.table)}`);
    if (table === 0 && e.type === 'funcref') {
      w.u8(0 | exprBit);
      encodeConstExpr(e.offset!, ctx, w);
      writeItems();
    } else {
      w.u8(2 | exprBit);
      w.u32(table);
      encodeConstExpr(e.offset!, ctx, w);
      writeKind();
      writeItems();
    }
  } else {
    w.u8((e.mode === 'passive' ? 1 : 3) | exprBit);
    writeKind();
    writeItems();
  }
}
