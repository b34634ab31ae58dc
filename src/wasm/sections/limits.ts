// Limits and table types, shared by the import, table and memory sections.

import type { ByteWriter } from '../../util/bytes.js';
import type { Limits, RefType } from '../types.js';
import { VALTYPE_BYTE } from '../types.js';

export function writeLimits(w: ByteWriter, l: Limits): void {
  if (l.max === undefined) {
    w.u8(0x00);
    w.u32(l.min);
  } else {
    w.u8(0x01);
    w.u32(l.min);
    w.u32(l.max);
  }
}

export function writeTableType(w: ByteWriter, type: RefType, l: Limits): void {
  w.u8(VALTYPE_BYTE[type]);
  writeLimits(w, l);
}
