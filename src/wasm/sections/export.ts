// Export section (id 7): name and kind + index of each export.

import { ByteWriter } from '../../util/bytes.js';
import type { EncodeContext, ModuleParts } from '../context.js';
import { writeVec } from './section.js';

export function exportSection(parts: ModuleParts, ctx: EncodeContext): ByteWriter | null {
  if (parts.exports.length === 0) return null;
  const w = new ByteWriter();
  writeVec(w, parts.exports, (w, e) => {
    w.name(e.name);
    const r = e.ref;
    switch (r.kind) {
      case 'func':
        w.u8(0x00);
        w.u32(ctx.funcIndex(r));
        break;
      case 'table':
        w.u8(0x01);
        w.u32(ctx.tableIndex(r));
        break;
      case 'memory':
        w.u8(0x02);
        w.u32(ctx.memoryIndex(r));
        break;
      case 'global':
        w.u8(0x03);
        w.u32(ctx.globalIndex(r));
        break;
    }
  });
  return w;
}
