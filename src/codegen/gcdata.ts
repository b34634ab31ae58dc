// The collector's initial data (stdlib/_rt/gc.py): the shadow-stack pointer, the stress switch
// and the scan table, as data segments in the fixed area. Emitted only when the program links
// the collector (it allocates), so programs that never allocate carry none of it.
import { GC_SCAN, GC_SHADOW, GC_STATE, GC_STRESS, RT_GC_SP, gcScanTable } from '../runtime/layout.js';
import type { Segment } from './statics.js';

const word = (n: number) => new Uint8Array(new Int32Array([n]).buffer);

export function gcSegments(stress: boolean): Segment[] {
  const out: Segment[] = [{ offset: RT_GC_SP, bytes: word(GC_SHADOW) }, { offset: GC_SCAN, bytes: gcScanTable() }];
  if (stress) out.push({ offset: GC_STATE + GC_STRESS, bytes: word(1) });
  return out;
}
