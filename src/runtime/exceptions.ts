// The built-in exception classes, in the order of the runtime's class table (stdlib/_rt/exc.py
// builds them in this order with rt_exc_def; test/unit/exceptions.test.ts checks the two agree).
// Each row: the class name and the index of its base (-1 for BaseException). CPython 3.12's
// hierarchy without the exception groups, and io.UnsupportedOperation; EnvironmentError and
// IOError are aliases of OSError.
export const EXC_CLASSES: readonly (readonly [string, number])[] = [
  ['BaseException', -1], // 0
  ['Exception', 0], // 1
  ['GeneratorExit', 0], // 2
  ['KeyboardInterrupt', 0], // 3
  ['SystemExit', 0], // 4
  ['ArithmeticError', 1], // 5
  ['FloatingPointError', 5], // 6
  ['OverflowError', 5], // 7
  ['ZeroDivisionError', 5], // 8
  ['AssertionError', 1], // 9
  ['AttributeError', 1], // 10
  ['BufferError', 1], // 11
  ['EOFError', 1], // 12
  ['ImportError', 1], // 13
  ['ModuleNotFoundError', 13], // 14
  ['LookupError', 1], // 15
  ['IndexError', 15], // 16
  ['KeyError', 15], // 17
  ['MemoryError', 1], // 18
  ['NameError', 1], // 19
  ['UnboundLocalError', 19], // 20
  ['OSError', 1], // 21
  ['BlockingIOError', 21], // 22
  ['ChildProcessError', 21], // 23
  ['ConnectionError', 21], // 24
  ['BrokenPipeError', 24], // 25
  ['ConnectionAbortedError', 24], // 26
  ['ConnectionRefusedError', 24], // 27
  ['ConnectionResetError', 24], // 28
  ['FileExistsError', 21], // 29
  ['FileNotFoundError', 21], // 30
  ['InterruptedError', 21], // 31
  ['IsADirectoryError', 21], // 32
  ['NotADirectoryError', 21], // 33
  ['PermissionError', 21], // 34
  ['ProcessLookupError', 21], // 35
  ['TimeoutError', 21], // 36
  ['ReferenceError', 1], // 37
  ['RuntimeError', 1], // 38
  ['NotImplementedError', 38], // 39
  ['RecursionError', 38], // 40
  ['StopAsyncIteration', 1], // 41
  ['StopIteration', 1], // 42
  ['SyntaxError', 1], // 43
  ['IndentationError', 43], // 44
  ['TabError', 44], // 45
  ['SystemError', 1], // 46
  ['TypeError', 1], // 47
  ['ValueError', 1], // 48
  ['UnicodeError', 48], // 49
  ['UnicodeDecodeError', 49], // 50
  ['UnicodeEncodeError', 49], // 51
  ['UnicodeTranslateError', 49], // 52
  ['Warning', 1], // 53
  ['BytesWarning', 53], // 54
  ['DeprecationWarning', 53], // 55
  ['EncodingWarning', 53], // 56
  ['FutureWarning', 53], // 57
  ['ImportWarning', 53], // 58
  ['PendingDeprecationWarning', 53], // 59
  ['ResourceWarning', 53], // 60
  ['RuntimeWarning', 53], // 61
  ['SyntaxWarning', 53], // 62
  ['UnicodeWarning', 53], // 63
  ['UserWarning', 53], // 64
  ['UnsupportedOperation', 21], // 65: io.UnsupportedOperation(OSError, ValueError), not a builtin name
];

/** Rows that user code cannot name as builtins. */
const NOT_BUILTIN = new Set(['UnsupportedOperation']);

/** Other names for classes of the table. */
const ALIASES: Record<string, string> = { EnvironmentError: 'OSError', IOError: 'OSError' };

/** The table index of a built-in exception class name, or undefined. */
export function excClassIndex(name: string): number | undefined {
  if (NOT_BUILTIN.has(name)) return undefined;
  const n = ALIASES[name] ?? name;
  const i = EXC_CLASSES.findIndex(([c]) => c === n);
  return i < 0 ? undefined : i;
}
