// Memory section (id 5): the defined memory, if any (WebAssembly 2.0 allows one memory).

import { ByteWriter } from '../../util/bytes.js';
import type { ModuleParts } from '../context.js';
import { writeLimits } from './limits.js';

export function memorySection(parts: ModuleParts): ByteWriter | null {
  if (parts.memory === undefined) return null;
  const w = new ByteWriter(16);
  w.u32(1);
  writeLimits(w, parts.memory.limits);
  return w;
}
