// The CPython oracle for differential tests: runs a program under CPython 3.12 and records
// stdout, the last line of stderr and the exit code, cached next to the program as JSON with a
// hash of the source. UPDATE=1 regenerates the cache; without it, a missing or stale entry is a
// test failure that says how to refresh it (so CI needs no CPython, but a stale cache is caught).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface Expected {
  sourceHash: string;
  stdout: string;
  stderrLast: string;
  exitCode: number;
}

export function lastLine(s: string): string {
  const lines = s.replace(/\s+$/, '').split('\n');
  return lines[lines.length - 1] ?? '';
}

export function sourceHash(src: string): string {
  return createHash('sha256').update(src).digest('hex').slice(0, 16);
}

function runCPython(pyFile: string, stdin: string, args: string[]): Expected {
  const r = spawnSync('python3', [basename(pyFile), ...args], {
    cwd: dirname(pyFile),
    input: stdin,
    env: { ...process.env, PYENV_VERSION: '3.12.1', PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8' },
    encoding: 'utf8',
  });
  if (r.error) throw new Error(`cannot run CPython 3.12 (PYENV_VERSION=3.12.1 python3): ${r.error.message}`);
  return { sourceHash: sourceHash(readFileSync(pyFile, 'utf8')), stdout: r.stdout, stderrLast: lastLine(r.stderr), exitCode: r.status ?? -1 };
}

/** The expected result for a program, from the cache (or CPython when UPDATE=1). */
export function expected(pyFile: string, stdin = '', args: string[] = []): Expected {
  const cache = join(dirname(pyFile), 'expected', basename(pyFile, '.py') + '.json');
  const src = readFileSync(pyFile, 'utf8');
  if (process.env.UPDATE === '1') {
    const e = runCPython(pyFile, stdin, args);
    writeFileSync(cache, JSON.stringify(e, null, 2) + '\n');
    return e;
  }
  if (!existsSync(cache)) throw new Error(`${cache} is missing: run UPDATE=1 npm test (needs CPython 3.12)`);
  const e = JSON.parse(readFileSync(cache, 'utf8')) as Expected;
  if (e.sourceHash !== sourceHash(src)) throw new Error(`${cache} is stale (the program changed): run UPDATE=1 npm test`);
  return e;
}
