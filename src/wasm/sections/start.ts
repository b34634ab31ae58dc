// Start section (id 8): the index of the start function.

import { ByteWriter } from '../../util/bytes.js';
import type { EncodeContext, ModuleParts } from '../context.js';

export function startSection(parts: ModuleParts, ctx: EncodeContext): ByteWriter | null {
  if (parts.start === undefined) return null;
  const w = new ByteWriter(8);
  w.u32(ctx.funcIndex(parts.start));
  return w;
}
