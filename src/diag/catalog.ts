// The one catalog of diagnostics: stable codes, severities and message templates.
// Add new codes at the end of their group; never renumber (tests and users refer to them).
import type { Severity } from './diagnostic.js';

export const CATALOG = {
  // K1xx: input files
  K100: { severity: 'error', message: 'cannot read {0}: no such file' },
  K101: { severity: 'error', message: 'cannot read {0}: it is a directory' },
  K102: { severity: 'error', message: 'cannot read {0}: {1}' },
  K103: { severity: 'error', message: '{0} is not valid UTF-8 (byte 0x{1} at offset {2})' },
  K104: { severity: 'error', message: 'expected a .py or .wasm file, got {0}' },
  // K2xx: syntax (the parser's messages are CPython's: "SyntaxError: ...")
  K200: { severity: 'error', message: '{0}' },
  // K3xx: unsupported features and semantic errors
  K300: { severity: 'error', message: 'not supported yet: {0}' },
  K301: { severity: 'error', message: '{0}' },
  K302: { severity: 'error', message: 'ModuleNotFoundError: {0}' },
  // K4xx: build options
  K400: { severity: 'error', message: '{0}' },
} as const satisfies Record<string, { severity: Severity; message: string }>;

export type DiagCode = keyof typeof CATALOG;
