// Regenerates the parser's expected test outputs with CPython 3.12:
//   test/parse/expected/<case>.txt  = ast.dump(ast.parse(bytes), include_attributes=True, indent=1)
//   test/parse/errors/<name>.txt    = one `line:col: Type: message` per `# ---`-separated case
// Usage: node dist/scripts/conformance/parse-update.js
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PYTHON_ENV } from './parse-cpython.js';

const repo = resolve(fileURLToPath(import.meta.url), '../../../..');
const HELPER = String.raw`
import ast, sys, json, warnings
warnings.simplefilter('ignore')
jobs = json.loads(sys.stdin.read())
out = {}
for name, src in jobs.items():
    src = src.encode('latin-1')
    try:
        out[name] = ast.dump(ast.parse(src), include_attributes=True, indent=1)
    except SyntaxError as e:
        out[name] = '%s:%s: %s: %s' % (e.lineno, e.offset, type(e).__name__, e.msg)
    except ValueError as e:
        out[name] = '0:0: ValueError: %s' % e
sys.stdout.write(json.dumps(out))
`;

function cpython(jobs: Record<string, string>): Record<string, string> {
  const r = spawnSync('python3', ['-c', HELPER], { env: PYTHON_ENV, input: JSON.stringify(jobs), encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as Record<string, string>;
}

/** Splits an error-case file into its cases (separated by `# ---` lines). */
export function splitCases(text: string): string[] {
  return text.split('# ---\n');
}

const casesDir = join(repo, 'test', 'parse', 'cases');
const jobs: Record<string, string> = {};
for (const f of readdirSync(casesDir).filter((x) => x.endsWith('.py'))) {
  jobs[f] = readFileSync(join(casesDir, f)).toString('latin1');
}
const dumps = cpython(jobs);
for (const [f, d] of Object.entries(dumps)) writeFileSync(join(repo, 'test', 'parse', 'expected', f.replace(/\.py$/, '.txt')), d + '\n');

const errDir = join(repo, 'test', 'parse', 'errors');
for (const f of readdirSync(errDir).filter((x) => x.endsWith('.py'))) {
  const cases = splitCases(readFileSync(join(errDir, f)).toString('latin1'));
  const errJobs: Record<string, string> = {};
  cases.forEach((c, i) => (errJobs[String(i)] = c));
  const res = cpython(errJobs);
  writeFileSync(join(errDir, f.replace(/\.py$/, '.txt')), cases.map((_, i) => res[String(i)].split('\n')[0]).join('\n') + '\n');
}
console.log(`updated ${Object.keys(dumps).length} dumps and ${readdirSync(errDir).filter((x) => x.endsWith('.py')).length} error files`);
