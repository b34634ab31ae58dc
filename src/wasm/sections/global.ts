// Global section (id 6): type, mutability and constant initialiser of each defined global.

import { ByteWriter } from '../../util/bytes.js';
import type { EncodeContext, ModuleParts } from '../context.js';
import { encodeConstExpr, writeValType } from '../instr.js';
import { writeVec } from './section.js';

export function globalSection(parts: ModuleParts, ctx: EncodeContext): ByteWriter | null {
  if (parts.globals.length === 0) return null;
  const w = new ByteWriter();
  writeVec(w, parts.globals, (w, g) => {
    writeValType(w, g.ref.type);
    w.u8(g.ref.mutable ? 1 : 0);
    encodeConstExpr(g.init, ctx, w);
  });
  return w;
}
