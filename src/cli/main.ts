// The `keel` command line: argv -> driver -> diagnostics -> exit code. Nothing else lives here.
// Exit codes: 0 success, 1 compile errors, 2 usage errors; `keel run` exits with the program's code.
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { join, basename, extname } from 'node:path';
import type { Argv } from 'yargs';
import { render, type Diagnostic, diag } from '../diag/diagnostic.js';
import { compile } from '../driver/compile.js';
import { readInput } from '../driver/io.js';
import { defaultOptions, type CompileOptions, type Emit, type OptLevel } from '../driver/options.js';
import type { RuntimeName } from '../run/index.js';
import { VERSION } from './version.js';

/** A command line yargs rejected: reported in one line, exit code 2. */
class UsageError extends Error {}

const RUNTIMES: RuntimeName[] = ['node', 'shim', 'wasmtime', 'wazero', 'wasmer'];

function printDiagnostics(diags: Diagnostic[], source?: string): void {
  for (const d of diags) process.stderr.write(render(d, source) + '\n');
}

interface BuildArgs { file: string; O: number; emit: string; o?: string; export?: string[]; lib?: boolean; dumpAfter?: string }

function optionsFrom(argv: BuildArgs): CompileOptions {
  const opts = defaultOptions(argv.file);
  opts.opt = argv.O as OptLevel;
  opts.emit = argv.emit as Emit;
  opts.exports = argv.export ?? [];
  opts.lib = !!argv.lib;
  opts.dumpAfter = argv.dumpAfter;
  return opts;
}

/** Compiles a file; prints diagnostics; returns the result or undefined (exit code set). */
async function compileFile(opts: CompileOptions) {
  const input = readInput(opts.file);
  if (!input.bytes) {
    printDiagnostics(input.diagnostics);
    return undefined;
  }
  const result = await compile(input.bytes, opts);
  printDiagnostics(result.diagnostics, result.source);
  if (result.diagnostics.some((d) => d.severity === 'error')) return undefined;
  return result;
}

function checkPy(file: string): boolean {
  if (extname(file) === '.py' || extname(file) === '') return true;
  printDiagnostics([diag('K104', file, undefined, file)]);
  return false;
}

const compileFlags = (y: Argv) =>
  y
    .option('O', { type: 'number', choices: [0, 1, 2], default: 2, describe: 'optimization level (-O0: generic code only)' })
    .option('export', { type: 'string', array: true, nargs: 1, describe: 'export a top-level function with a scalar signature (repeatable)' })
    .option('lib', { type: 'boolean', describe: 'build a library module with no _start' });

/** `keel build`: compiles, writes the module (or the text); the exit code. */
async function build(a: BuildArgs): Promise<number> {
  if (!checkPy(a.file)) return 1;
  const opts = optionsFrom(a);
  const result = await compileFile(opts);
  if (!result) return 1;
  if (result.text !== undefined) {
    if (a.o) writeFileSync(a.o, result.text);
    else process.stdout.write(result.text);
  } else if (result.wasm) {
    const out = a.o ?? join(a.file.slice(0, a.file.length - extname(a.file).length) + '.wasm');
    writeFileSync(out, result.wasm);
  }
  return 0;
}

const EMITS = ['wasm', 'wat', 'ir', 'ast'];

/**
 * The common command lines, `keel build FILE [-O N | -ON] [-o OUT | --output OUT] [--emit E]`
 * (each option at most once), read without yargs: loading and laying out yargs was 10-15% of a
 * small program's compile. Anything else (help, errors, other commands and options, a value that
 * looks like an option or a number) returns undefined and goes through yargs, which gives the
 * same result for these lines.
 */
export function quickBuildArgs(argv: string[]): BuildArgs | undefined {
  if (argv[0] !== 'build') return undefined;
  const a: Partial<BuildArgs> & { emit: string } = { emit: 'wasm' };
  const seen = new Set<string>();
  const plain = (v: string | undefined): v is string => v !== undefined && v !== '' && !v.startsWith('-') && !/^[-+]?[0-9.]/.test(v.trim());
  let O: string | undefined;
  for (let i = 1; i < argv.length; i++) {
    const x = argv[i];
    const key = /^-O[012]$/.test(x) ? '-O' : x;
    if (seen.has(key)) return undefined;
    seen.add(key);
    if (key === '-O') O = x.length === 3 ? x[2] : argv[++i];
    else if (x === '-o' || x === '--output') {
      const v = argv[++i];
      if (!plain(v)) return undefined;
      a.o = v;
    } else if (x === '--emit') {
      const v = argv[++i];
      if (v === undefined || !EMITS.includes(v)) return undefined;
      a.emit = v;
    } else if (plain(x) && a.file === undefined) a.file = x;
    else return undefined;
  }
  if (a.file === undefined || (O !== undefined && !['0', '1', '2'].includes(O))) return undefined;
  a.O = O === undefined ? 2 : Number(O);
  return a as BuildArgs;
}

export async function main(argv: string[]): Promise<number> {
  const quick = quickBuildArgs(argv);
  if (quick) return build(quick);
  // `keel --version` as yargs prints it, without loading yargs (most of that command's time)
  if (argv.length === 1 && argv[0] === '--version') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  let exitCode = 0;
  const { default: yargs } = await import('yargs');
  const cli = yargs(argv)
    .scriptName('keel')
    .usage('keel <command> [options]\n\nCompile Python 3 to a standalone WebAssembly (WASI) module.')
    .command(
      'build <file>',
      'compile a Python file to a .wasm module',
      (y) =>
        compileFlags(y)
          .positional('file', { type: 'string', demandOption: true, describe: 'the Python file' })
          .option('o', { alias: 'output', type: 'string', describe: 'output file (default: FILE.wasm; text goes to stdout)' })
          .option('emit', { choices: ['wasm', 'wat', 'ir', 'ast'], default: 'wasm', describe: 'what to produce' })
          .option('dump-after', { type: 'string', describe: 'print the IR after the named pass (or "all") to stderr' }),
      async (a) => {
        exitCode = await build(a as unknown as BuildArgs);
      },
    )
    .command(
      'run <file> [args..]',
      'run a .wasm module, or compile and run a .py file',
      (y) =>
        compileFlags(y)
          .positional('file', { type: 'string', demandOption: true, describe: 'a .py or .wasm file' })
          .positional('args', { type: 'string', array: true, describe: 'arguments for the program (after --)' })
          .option('runtime', { choices: RUNTIMES, default: 'node' as RuntimeName, describe: 'the WASI runtime' })
          .option('dir', { type: 'string', array: true, nargs: 1, describe: 'preopen a host directory for the program (repeatable)' })
          .parserConfiguration({ 'populate--': true }),
      async (a) => {
        const args = [...((a.args as string[] | undefined) ?? []), ...(((a as Record<string, unknown>)['--'] as string[] | undefined) ?? [])].map(String);
        let wasmFile = a.file;
        let tmp: string | undefined;
        if (extname(a.file) !== '.wasm') {
          if (!checkPy(a.file)) return void (exitCode = 1);
          const opts = optionsFrom({ ...(a as unknown as BuildArgs), emit: 'wasm' });
          const result = await compileFile(opts);
          if (!result?.wasm) return void (exitCode = 1);
          // (node:os only here: loading it was part of every build's start-up)
          const { tmpdir } = await import('node:os');
          tmp = mkdtempSync(join(tmpdir(), 'keel-'));
          wasmFile = join(tmp, basename(a.file, extname(a.file)) + '.wasm');
          writeFileSync(wasmFile, result.wasm);
        } else {
          const input = readInput(a.file);
          if (!input.bytes) {
            printDiagnostics(input.diagnostics);
            return void (exitCode = 1);
          }
        }
        try {
          // (loaded here: the runtimes and the WASI shim are a tenth of a build's start-up)
          const { runInherit } = await import('../run/index.js');
          exitCode = await runInherit(a.runtime as RuntimeName, wasmFile, { args, dirs: a.dir ?? [], env: undefined });
        } catch (e) {
          if (e instanceof (await import('../run/index.js')).RuntimeMissing) {
            process.stderr.write(`keel: ${e.message}\n`);
            exitCode = 1;
          } else throw e;
        } finally {
          if (tmp) rmSync(tmp, { recursive: true, force: true });
        }
      },
    )
    .command(
      'check <file>',
      'report diagnostics only',
      (y) => compileFlags(y).positional('file', { type: 'string', demandOption: true }),
      async (a) => {
        if (!checkPy(a.file)) return void (exitCode = 1);
        const opts = optionsFrom({ ...(a as unknown as BuildArgs), emit: 'ast' });
        const result = await compileFile(opts);
        if (!result) exitCode = 1;
      },
    )
    .demandCommand(1, 'missing command (for example: keel build app.py)')
    .strict()
    .version(VERSION)
    .help()
    .alias('h', 'help')
    .wrap(Math.min(100, process.stdout.columns || 100))
    .fail((msg, err) => {
      if (err) throw err;
      throw new UsageError(msg);
    });
  try {
    await cli.parseAsync();
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`keel: ${e.message.replace(/\s*\n\s*/g, ' ').trim()}\n(try: keel --help)\n`);
    return 2;
  }
  return exitCode;
}
