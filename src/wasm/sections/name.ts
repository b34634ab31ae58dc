// The "name" custom section: module name (subsection 0), function names (1), local names (2),
// global names (7). Each subsection is buffered and size-prefixed; name maps are sorted by index.

import { ByteWriter } from '../../util/bytes.js';
import type { EncodeContext, ModuleParts } from '../context.js';

function writeNameMap(w: ByteWriter, entries: readonly (readonly [number, string])[]): void {
  w.u32(entries.length);
  for (const [i, n] of entries) {
    w.u32(i);
    w.name(n);
  }
}

function subsection(out: ByteWriter, id: number, body: ByteWriter): void {
  out.u8(id);
  out.u32(body.length);
  out.append(body);
}

/** The payload of the name section (after its name), or null when there is nothing to name. */
export function nameSectionPayload(parts: ModuleParts, ctx: EncodeContext): ByteWriter | null {
  const out = new ByteWriter();
  if (parts.moduleName !== undefined) {
    const b = new ByteWriter(parts.moduleName.length + 8);
    b.name(parts.moduleName);
    subsection(out, 0, b);
  }

  const funcNames: [number, string][] = [];
  parts.importedFuncNames.forEach((n, i) => funcNames.push([i, n]));
  parts.funcs.forEach((f, i) => funcNames.push([ctx.numImportedFuncs + i, f.name]));
  if (funcNames.length > 0) {
    const b = new ByteWriter();
    writeNameMap(b, funcNames);
    subsection(out, 1, b);
  }

  const withLocals = parts.funcs
    .map((f, i) => [ctx.numImportedFuncs + i, f] as const)
    .filter(([, f]) => f.localNames.size > 0);
  if (withLocals.length > 0) {
    const b = new ByteWriter();
    b.u32(withLocals.length);
    for (const [idx, f] of withLocals) {
      b.u32(idx);
      writeNameMap(b, [...f.localNames].sort((x, y) => x[0] - y[0]));
    }
    subsection(out, 2, b);
  }

  const globalNames: [number, string][] = [];
  for (const imp of parts.imports)
    if (imp.desc.kind === 'global' && imp.desc.ref.name !== undefined) globalNames.push([ctx.globalIndex(imp.desc.ref), imp.desc.ref.name]);
  for (const g of parts.globals) if (g.ref.name !== undefined) globalNames.push([ctx.globalIndex(g.ref), g.ref.name]);
  if (globalNames.length > 0) {
    const b = new ByteWriter();
    writeNameMap(b, globalNames);
    subsection(out, 7, b);
  }
  return out.length > 0 ? out : null;
}
