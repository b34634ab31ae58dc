// Table section (id 4): defined tables (reference type and limits).

import { ByteWriter } from '../../util/bytes.js';
import type { ModuleParts } from '../context.js';
import { writeTableType } from './limits.js';
import { writeVec } from './section.js';

export function tableSection(parts: ModuleParts): ByteWriter | null {
  if (parts.tables.length === 0) return null;
  const w = new ByteWriter();
  writeVec(w, parts.tables, (w, t) => writeTableType(w, t.ref.type, t.limits));
  return w;
}
