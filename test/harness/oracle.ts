// The CPython oracle for differential tests: runs a program under CPython 3.12 and records
// stdout, the last line of stderr and the exit code, cached next to the program as JSON with a
// hash of the source; a program with a line `# test: traceback` also has its traceback's frames
// compared (tracebackOf). UPDATE=1 regenerates the cache; without it, a missing or stale entry is a
// test failure that says how to refresh it (so CI needs no CPython, but a stale cache is caught).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface Expected {
  sourceHash: string;
  stdout: string;
  stderrLast: string;
  exitCode: number;
  /** tracebackOf(stderr), for a program marked `# test: traceback`. */
  traceback?: string[];
}

/** The report of an uncaught exception without the source lines and carets CPython adds (lines
 * indented 4 or more) and blank lines, files by their base name: the frames, `[Previous line
 * repeated N more times]`, the chaining lines and the exception lines. */
export function tracebackOf(stderr: string): string[] {
  return stderr.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('    '))
    .map((l) => l.replace(/^( {2}File ")([^"]*\/)?([^"/]*")/, '$1$3'));
}

/** Whether a program asks for its traceback to be compared (a line `# test: traceback`). */
export function wantsTraceback(src: string): boolean {
  return /^# test: traceback$/m.test(src);
}

export function lastLine(s: string): string {
  const lines = s.replace(/\s+$/, '').split('\n');
  return lines[lines.length - 1] ?? '';
}

export function sourceHash(src: string): string {
  return createHash('sha256').update(src).digest('hex').slice(0, 16);
}

/** The inputs a program's expected output depends on besides its own source: its stdin, args and
 * env, and the files of the local modules it imports (found by name next to it, transitively).
 * A program with none of these keeps the plain source hash. */
function dependencyText(pyFile: string, src: string, stdin: string, args: string[], env: Record<string, string>): string {
  const dir = dirname(pyFile);
  const seen = new Set<string>();
  const files: string[] = [];
  const visit = (text: string): void => {
    for (const m of text.matchAll(/^\s*(?:from\s+([\w.]+)\s+import|import\s+([\w., ]+))/gm)) {
      const names = m[1] ? [m[1]] : m[2]!.split(',').map((n) => n.trim().split(/\s+/)[0]!);
      for (const name of names) {
        const top = name.split('.')[0]!;
        // A relative import (`from . import x`) is inside a package whose files are already in.
        if (top === '') continue;
        for (const cand of [join(dir, `${top}.py`), join(dir, top)]) {
          if (seen.has(cand) || !existsSync(cand)) continue;
          seen.add(cand);
          for (const f of statSync(cand).isDirectory() ? walk(cand) : [cand]) {
            files.push(f);
            visit(readFileSync(f, 'utf8'));
          }
        }
      }
    }
  };
  visit(src);
  const parts: string[] = [];
  if (stdin) parts.push(`stdin\0${stdin}`);
  if (args.length) parts.push(`args\0${args.join('\0')}`);
  const envKeys = Object.keys(env).sort();
  if (envKeys.length) parts.push(`env\0${envKeys.map((k) => `${k}=${env[k]}`).join('\0')}`);
  for (const f of files.sort()) parts.push(`file\0${f.slice(dir.length)}\0${readFileSync(f, 'utf8')}`);
  return parts.join('\0');
}

function walk(d: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(d, { withFileTypes: true })) {
    if (e.isDirectory()) out.push(...walk(join(d, e.name)));
    else if (e.name.endsWith('.py')) out.push(join(d, e.name));
  }
  return out;
}

/** The hash recorded with a program's expected output: its source, and what dependencyText adds. */
export function programHash(pyFile: string, src: string, stdin = '', args: string[] = [], env: Record<string, string> = {}): string {
  const deps = dependencyText(pyFile, src, stdin, args, env);
  return sourceHash(deps ? `${src}\0${deps}` : src);
}

function runCPython(pyFile: string, stdin: string, args: string[], env: Record<string, string>, hashArgs: string[]): Expected {
  const r = spawnSync('python3', [basename(pyFile), ...args], {
    cwd: dirname(pyFile),
    input: stdin,
    env: { ...process.env, ...env, PYENV_VERSION: '3.12.1', PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8' },
    encoding: 'utf8',
  });
  if (r.error) throw new Error(`cannot run CPython 3.12 (PYENV_VERSION=3.12.1 python3): ${r.error.message}`);
  const src = readFileSync(pyFile, 'utf8');
  const e: Expected = { sourceHash: programHash(pyFile, src, stdin, hashArgs, env), stdout: r.stdout, stderrLast: lastLine(r.stderr), exitCode: r.status ?? -1 };
  if (wantsTraceback(src)) e.traceback = tracebackOf(r.stderr);
  return e;
}

/** The expected result for a program, from the cache (or CPython when UPDATE=1). `hashArgs`
 * are the arguments as written (before a temporary directory replaces `{tmp}`); `cachePath`
 * overrides where the expectation is kept (default: expected/NAME.json beside the program). */
export function expected(pyFile: string, stdin = '', args: string[] = [], env: Record<string, string> = {}, hashArgs: string[] = args, cachePath?: string): Expected {
  const cache = cachePath ?? join(dirname(pyFile), 'expected', basename(pyFile, '.py') + '.json');
  const src = readFileSync(pyFile, 'utf8');
  if (process.env.UPDATE === '1') {
    const e = runCPython(pyFile, stdin, args, env, hashArgs);
    writeFileSync(cache, JSON.stringify(e, null, 2) + '\n');
    return e;
  }
  if (!existsSync(cache)) throw new Error(`${cache} is missing: run UPDATE=1 npm test (needs CPython 3.12)`);
  const e = JSON.parse(readFileSync(cache, 'utf8')) as Expected;
  if (e.sourceHash !== programHash(pyFile, src, stdin, hashArgs, env)) throw new Error(`${cache} is stale (the program, its inputs or a module it imports changed): run UPDATE=1 npm test`);
  return e;
}
