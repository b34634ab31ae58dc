// Data section (id 11): active segments (flag 0: memory 0, offset, bytes) and passive ones
// (flag 1: bytes).

import { ByteWriter } from '../../util/bytes.js';
import type { EncodeContext, ModuleParts } from '../context.js';
import { encodeConstExpr } from '../instr.js';
import { writeVec } from './section.js';

export function dataSection(parts: ModuleParts, ctx: EncodeContext): ByteWriter | null {
  if (parts.datas.length === 0) return null;
  let size = 16;
  for (const d of parts.datas) size += d.bytes.length + 16;
  const w = new ByteWriter(size);
  writeVec(w, parts.datas, (w, d) => {
    if (d.offset !== undefined) {
      if (!ctx.hasMemory) ctx.fail('an active data segment needs a memory, and the module has none');
      w.u8(0x00);
      encodeConstExpr(d.offset, ctx, w);
    } else {
      w.u8(0x01);
    }
    w.vecBytes(d.bytes);
  });
  return w;
}
