// Token kinds and the Token record the lexer produces and the parser consumes.
// Kinds follow CPython's tokenizer (Include/token.h) where the parser needs them.

export const enum T {
  ENDMARKER = 0,
  NAME = 1,
  NUMBER = 2,
  STRING = 3,
  NEWLINE = 4,
  INDENT = 5,
  DEDENT = 6,
  OP = 7,
  FSTRING_START = 8,
  FSTRING_MIDDLE = 9,
  FSTRING_END = 10,
  /** The lexer stopped here; Lexed.error says why. */
  ERROR = 11,
}

export const TOKEN_NAMES = [
  'ENDMARKER', 'NAME', 'NUMBER', 'STRING', 'NEWLINE', 'INDENT', 'DEDENT', 'OP',
  'FSTRING_START', 'FSTRING_MIDDLE', 'FSTRING_END', 'ERRORTOKEN',
];

/**
 * One token. `value` is the token's source text (for FSTRING_MIDDLE: the text with doubled
 * braces collapsed). `start`/`end` are UTF-16 offsets into the (newline-normalized) text;
 * lineno/col/endLineno/endCol are CPython's positions (1-based lines, UTF-8 byte columns).
 */
export interface Token {
  type: T;
  value: string;
  start: number;
  end: number;
  lineno: number;
  col: number;
  endLineno: number;
  endCol: number;
}

/** Python's hard keywords: never a NAME for the parser. */
export const KEYWORDS: ReadonlySet<string> = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def',
  'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
  'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);
