// Code section (id 10): each body encoded into a reused scratch buffer, then written with its
// size. Encoding the bodies also records what later sections depend on (ref.func targets, data
// count), so the module encodes this section first.

import { ByteWriter } from '../../util/bytes.js';
import type { EncodeContext, ModuleParts } from '../context.js';
import { encodeBody } from '../instr.js';

export function codeSection(parts: ModuleParts, ctx: EncodeContext): ByteWriter | null {
  if (parts.funcs.length === 0) return null;
  const w = new ByteWriter(4096);
  const body = new ByteWriter(1024);
  w.u32(parts.funcs.length);
  for (const f of parts.funcs) {
    body.reset();
    encodeBody(f, ctx, body);
    w.u32(body.length);
    w.append(body);
  }
  return w;
}
