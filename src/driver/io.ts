// Reading a user's input file: every failure becomes a diagnostic, never an exception.
import { readFileSync, statSync } from 'node:fs';
import { diag, type Diagnostic } from '../diag/diagnostic.js';

export type ReadResult = { bytes: Uint8Array; diagnostics: [] } | { bytes?: undefined; diagnostics: Diagnostic[] };

export function readInput(file: string): ReadResult {
  try {
    const st = statSync(file);
    if (st.isDirectory()) return { diagnostics: [diag('K101', file, undefined, file)] };
    return { bytes: readFileSync(file), diagnostics: [] };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT' || err.code === 'ENOTDIR') return { diagnostics: [diag('K100', file, undefined, file)] };
    if (err.code === 'EISDIR') return { diagnostics: [diag('K101', file, undefined, file)] };
    const reason = err.code === 'EACCES' ? 'permission denied' : err.message;
    return { diagnostics: [diag('K102', file, undefined, file, reason)] };
  }
}
