// Type section (id 1): one `func` type (0x60 params results) per TypeRef, in creation order.

import { ByteWriter } from '../../util/bytes.js';
import type { ModuleParts } from '../context.js';
import { writeValType } from '../instr.js';
import { writeVec } from './section.js';

export function typeSection(parts: ModuleParts): ByteWriter | null {
  if (parts.types.length === 0) return null;
  const w = new ByteWriter();
  writeVec(w, parts.types, (w, t) => {
    w.u8(0x60);
    writeVec(w, t.params, writeValType);
    writeVec(w, t.results, writeValType);
  });
  return w;
}
