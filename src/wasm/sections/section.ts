// Section framing: every section is encoded into its own buffer, then written as id, u32 size,
// payload. Nothing is back-patched. Also the `vec` helper all sections share.

import { ByteWriter } from '../../util/bytes.js';

export const SECTION_ID = {
  custom: 0,
  type: 1,
  import: 2,
  function: 3,
  table: 4,
  memory: 5,
  global: 6,
  export: 7,
  start: 8,
  element: 9,
  code: 10,
  data: 11,
  datacount: 12,
} as const;

/** Writes one section: id, payload size, payload. */
export function writeSection(out: ByteWriter, id: number, payload: ByteWriter): void {
  out.u8(id);
  out.u32(payload.length);
  out.append(payload);
}

/** Writes a custom section: id 0, size, name, bytes. */
export function writeCustomSection(out: ByteWriter, name: string, bytes: Uint8Array): void {
  const p = new ByteWriter(bytes.length + name.length + 8);
  p.name(name);
  p.bytes(bytes);
  writeSection(out, SECTION_ID.custom, p);
}

/** A `vec(x)`: the count, then each item. */
export function writeVec<T>(w: ByteWriter, items: readonly T[], each: (w: ByteWriter, item: T) => void): void {
  w.u32(items.length);
  for (const it of items) each(w, it);
}
