// The front end's public API: parseModule (text -> CPython-shaped AST or syntax diagnostics),
// dumpAst (ast.dump format) and decodeSource (bytes -> text).
import type { Diagnostic } from '../diag/diagnostic.js';
import type * as ast from './ast.js';
import { tokenize } from './lexer.js';
import { Parser } from './parser/core.js';
import { file as parseFile } from './parser/statement.js';
import { charPosition, ParseFailure, toDiagnostic } from './errors.js';

export { dumpAst } from './dump.js';
export { decodeSource } from './source.js';
export type * as ast from './ast.js';

/**
 * Parses a module's source text (already decoded). On success `module` is set and diagnostics
 * is empty; on a syntax error `module` is undefined and diagnostics holds CPython's error.
 */
export function parseModule(text: string, file: string): { module?: ast.Module; diagnostics: Diagnostic[] } {
  const nul = text.indexOf('\0');
  if (nul !== -1) {
    const d = toDiagnostic({ type: 'SyntaxError', msg: 'source code string cannot contain null bytes', line: 0, col: 0 }, file);
    d.span = undefined; // CPython gives it no location
    return { diagnostics: [d] };
  }
  const lexed = tokenize(text);
  const p = new Parser(lexed.tokens, lexed.text, lexed.error);
  try {
    return { module: parseFile(p), diagnostics: [] };
  } catch (e) {
    // CPython tokenizes the rest of the file after a parser error; a tokenizer error wins.
    if (e instanceof ParseFailure) return { diagnostics: [toDiagnostic(lexed.error ?? e.error, file)] };
    if (e instanceof RangeError) {
      // JS stack exhausted despite the depth guard: report like CPython's nesting limit.
      const t = p.toks[Math.min(p.i, p.toks.length - 1)];
      const at = charPosition(lexed.text, t.start);
      return { diagnostics: [toDiagnostic({ type: 'SyntaxError', msg: 'too many nested parentheses', line: at.line, col: at.col }, file)] };
    }
    const t = p.toks[Math.min(p.i, p.toks.length - 1)];
    const at = charPosition(lexed.text, t.start);
    const msg = `internal parser error: ${e instanceof Error ? e.message : String(e)}`;
    return { diagnostics: [toDiagnostic({ type: 'SyntaxError', msg, line: at.line, col: at.col }, file)] };
  }
}
