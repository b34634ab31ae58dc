// Diagnostics: the one type every stage reports problems with, and the caret renderer.
// Positions are 1-based lines and 1-based columns counted in characters (code points), as
// CPython's SyntaxError reports them; the AST itself keeps CPython's UTF-8 byte offsets.
import { CATALOG, type DiagCode } from './catalog.js';

export type Severity = 'error' | 'warning' | 'note';

export interface Span {
  line: number;
  col: number;
  endLine?: number;
  endCol?: number;
}

export interface Diagnostic {
  code: DiagCode;
  severity: Severity;
  message: string;
  file: string;
  span?: Span;
  /** The text of `file` when it is not the main program's (an imported module): render shows
   * the caret line from it. */
  source?: string;
}

/** Builds a diagnostic from a catalog code, filling `{0}`, `{1}`... with args. */
export function diag(code: DiagCode, file: string, span: Span | undefined, ...args: string[]): Diagnostic {
  const entry = CATALOG[code];
  const message = entry.message.replace(/\{(\d+)\}/g, (_, i: string) => args[Number(i)] ?? '');
  return { code, severity: entry.severity, message, file, span };
}

/** Thrown by a stage to stop compilation with diagnostics; the driver catches it. */
export class CompileError extends Error {
  /** `source`: the text the diagnostics point into, when it is not the main program's. */
  constructor(readonly diagnostics: Diagnostic[], source?: string) {
    super(diagnostics.map((d) => d.message).join('\n'));
    if (source !== undefined) for (const d of diagnostics) d.source ??= source;
  }
}

/**
 * Renders `file:line:col: error: message`, then the source line and a caret under the column
 * (tildes to the end of the span when it is on the same line).
 */
export function render(d: Diagnostic, source?: string): string {
  source = d.source ?? source;
  const where = d.span ? `${d.file}:${d.span.line}:${d.span.col}` : d.file;
  let out = `${where}: ${d.severity}: ${d.message}`;
  if (d.span && source !== undefined) {
    const lineText = source.split(/\r\n|\r|\n/)[d.span.line - 1];
    if (lineText !== undefined) {
      const chars = Array.from(lineText.replace(/\t/g, ' ').replace(/\f/g, ' '));
      const col = Math.max(1, Math.min(d.span.col, chars.length + 1));
      let width = 1;
      if (d.span.endLine === d.span.line && d.span.endCol !== undefined && d.span.endCol > col) {
        width = Math.min(d.span.endCol, chars.length + 1) - col;
      }
      out += `\n    ${chars.join('')}\n    ${' '.repeat(col - 1)}^${'~'.repeat(Math.max(0, width - 1))}`;
    }
  }
  return out;
}
