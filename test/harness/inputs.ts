// The inputs of a differential test program, shared by run.test and gc_stress.test.
import { existsSync, readFileSync } from 'node:fs';

export interface ProgramInputs {
  stdin: string;
  args: string[];
  env: Record<string, string>;
}

/** A program's stdin (NAME.stdin beside it), arguments (NAME.args: one per line; `{tmp}` is
 * a fresh directory that the run may write into, `{here}` the program's own directory, which
 * the run may read) and environment (NAME.env: KEY=VALUE lines;
 * CPython gets them on top of the test's own environment, the runtimes only them). */
export function programInputs(pyFile: string): ProgramInputs {
  const base = pyFile.slice(0, -3);
  const stdin = existsSync(`${base}.stdin`) ? readFileSync(`${base}.stdin`, 'utf8') : '';
  const args = existsSync(`${base}.args`) ? readFileSync(`${base}.args`, 'utf8').split('\n').filter((l) => l !== '') : [];
  const env: Record<string, string> = {};
  if (existsSync(`${base}.env`)) {
    for (const line of readFileSync(`${base}.env`, 'utf8').split('\n')) {
      const eq = line.indexOf('=');
      if (eq > 0) env[line.slice(0, eq)] = line.slice(eq + 1);
    }
  }
  return { stdin, args, env };
}
