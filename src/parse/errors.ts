// Syntax errors as the parser and lexer raise them internally, and their conversion to Keel
// diagnostics (code K200, message "SyntaxError: ...", CPython's lineno/offset as line/col).
import { diag, type Diagnostic } from '../diag/diagnostic.js';

export type PyErrorType = 'SyntaxError' | 'IndentationError' | 'TabError';

/** A Python syntax error: line 1-based, col 1-based in characters (CPython's offset). */
export interface PyError {
  type: PyErrorType;
  msg: string;
  line: number;
  col: number;
  endLine?: number;
  endCol?: number;
}

/** Thrown inside the parser to unwind to parseModule; never escapes it. */
export class ParseFailure {
  constructor(readonly error: PyError) {}
}

export function toDiagnostic(e: PyError, file: string): Diagnostic {
  const span = { line: e.line, col: e.col, endLine: e.endLine, endCol: e.endCol };
  return diag('K200', file, span, `${e.type}: ${e.msg}`);
}

/**
 * Converts a UTF-16 offset into (1-based line, 1-based code point column), given the text.
 * Used only on error paths.
 */
export function charPosition(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  let col = 1;
  for (let i = lineStart; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < offset) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    col++;
  }
  return { line, col };
}
