// Function section (id 3): the type index of each defined function.

import { ByteWriter } from '../../util/bytes.js';
import type { EncodeContext, ModuleParts } from '../context.js';
import { writeVec } from './section.js';

export function functionSection(parts: ModuleParts, ctx: EncodeContext): ByteWriter | null {
  if (parts.funcs.length === 0) return null;
  const w = new ByteWriter();
  writeVec(w, parts.funcs, (w, f) => w.u32(ctx.typeIndex(f.type)));
  return w;
}
