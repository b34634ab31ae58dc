// Import section (id 2): functions, tables, memories and globals, in the order they were added.

import { ByteWriter } from '../../util/bytes.js';
import type { EncodeContext, ModuleParts } from '../context.js';
import { writeValType } from '../instr.js';
import { writeLimits, writeTableType } from './limits.js';
import { writeVec } from './section.js';

export function importSection(parts: ModuleParts, ctx: EncodeContext): ByteWriter | null {
  if (parts.imports.length === 0) return null;
  const w = new ByteWriter();
  writeVec(w, parts.imports, (w, imp) => {
    w.name(imp.module);
    w.name(imp.name);
    const d = imp.desc;
    switch (d.kind) {
      case 'func':
        w.u8(0x00);
        w.u32(ctx.typeIndex(d.ref.type));
        break;
      case 'table':
        w.u8(0x01);
        writeTableType(w, d.ref.type, d.limits);
        break;
      case 'memory':
        w.u8(0x02);
        writeLimits(w, d.limits);
        break;
      case 'global':
        w.u8(0x03);
        writeValType(w, d.ref.type);
        w.u8(d.ref.mutable ? 1 : 0);
        break;
    }
  });
  return w;
}
