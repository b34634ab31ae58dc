// Data count section (id 12): the number of data segments. Written only when a body uses
// memory.init or data.drop, which the binary format requires it for.

import { ByteWriter } from '../../util/bytes.js';
import type { EncodeContext, ModuleParts } from '../context.js';

export function dataCountSection(parts: ModuleParts, ctx: EncodeContext): ByteWriter | null {
  if (!ctx.needsDataCount) return null;
  const w = new ByteWriter(8);
  w.u32(parts.datas.length);
  return w;
}
