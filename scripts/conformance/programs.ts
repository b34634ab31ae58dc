// Program conformance over a corpus of ordinary Python files (for instance a checkout of
// TheAlgorithms/Python): every file that CPython 3.12 runs to exit 0 within a time limit, with
// stdin empty, is compiled by Keel and run under node; its stdout and exit code are compared with
// CPython's. Prints a report (Markdown) of what compiles, what runs identically, and why the rest
// do not: Keel's "not supported yet" diagnostics grouped by feature, other diagnostics, internal
// errors, wrong output, traps, time-outs.
//
//   node dist/scripts/conformance/programs.js DIR [--sample N] [--seed S] [--jobs J]
//        [--level O2|O0] [--out report.md] [--json results.json]
//
// A file's CPython run and Keel's run each get a fresh empty working directory. A sample (--sample)
// is a seeded shuffle of the files, so two runs with the same seed measure the same programs.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PYTHON_ENV, pyFiles } from './parse-cpython.js';

const KEEL = resolve(dirname(fileURLToPath(import.meta.url)), '../../../bin/keel.js');

interface Proc {
  code: number | null;
  out: string;
  err: string;
  timedOut: boolean;
}

function run(cmd: string, args: string[], cwd: string, timeoutMs: number, env = process.env): Promise<Proc> {
  return new Promise((done) => {
    const p = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      p.kill('SIGKILL');
    }, timeoutMs);
    p.stdout.on('data', (b: Buffer) => out.push(b));
    p.stderr.on('data', (b: Buffer) => err.push(b));
    p.on('close', (code) => {
      clearTimeout(timer);
      done({ code, out: Buffer.concat(out).toString('utf8'), err: Buffer.concat(err).toString('utf8'), timedOut });
    });
  });
}

type Outcome =
  | 'identical'
  | 'unsupported'
  | 'diagnostic'
  | 'internal error'
  | 'compile time-out'
  | 'wrong output'
  | 'wrong exit code'
  | 'run time-out';

interface Result {
  file: string;
  outcome: Outcome;
  detail: string;
  compileMs: number;
}

function seededShuffle<T>(xs: T[], seed: number): T[] {
  let s = seed >>> 0 || 1;
  const rand = () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 2 ** 32;
  };
  const a = xs.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/** The first line of a compiler diagnostic, without the file:line:col prefix. */
function firstError(stderr: string): string {
  const line = stderr.split('\n').find((l) => l.includes('error: ')) ?? stderr.split('\n')[0] ?? '';
  return line.replace(/^.*?error: /, '');
}

async function one(root: string, file: string, level: string): Promise<Result | undefined> {
  const src = join(root, file);
  const work = mkdtempSync(join(tmpdir(), 'keel-conf-'));
  try {
    const py = await run('python3', [src], work, 10_000, { ...PYTHON_ENV, PYTHONHASHSEED: '0' });
    if (py.timedOut || py.code !== 0) return undefined; // not a program CPython runs cleanly here
    const wasm = join(work, 'prog.wasm');
    const t0 = Date.now();
    const build = await run('node', [KEEL, 'build', `-${level}`, src, '-o', wasm], work, 120_000);
    const compileMs = Date.now() - t0;
    if (build.timedOut) return { file, outcome: 'compile time-out', detail: '', compileMs };
    if (build.code !== 0) {
      const msg = firstError(build.err);
      if (build.code === 1 && /not supported yet/.test(msg)) return { file, outcome: 'unsupported', detail: msg, compileMs };
      if (build.code === 1 && build.err.includes('error: ')) return { file, outcome: 'diagnostic', detail: msg, compileMs };
      return { file, outcome: 'internal error', detail: build.err.split('\n').slice(0, 3).join(' | '), compileMs };
    }
    const keel = await run('node', [KEEL, 'run', '--runtime', 'node', wasm], work, 60_000);
    if (keel.timedOut) return { file, outcome: 'run time-out', detail: '', compileMs };
    if (keel.out !== py.out) {
      const a = keel.out.split('\n');
      const b = py.out.split('\n');
      let i = 0;
      while (i < a.length && a[i] === b[i]) i++;
      const last = keel.err.trim().split('\n').pop() ?? '';
      return { file, outcome: 'wrong output', detail: `line ${i + 1}: keel ${JSON.stringify(a[i] ?? '<end>').slice(0, 80)} cpython ${JSON.stringify(b[i] ?? '<end>').slice(0, 80)}${last ? ` (stderr: ${last.slice(0, 100)})` : ''}`, compileMs };
    }
    if (keel.code !== 0) {
      return { file, outcome: 'wrong exit code', detail: `${keel.code}: ${(keel.err.trim().split('\n').pop() ?? '').slice(0, 160)}`, compileMs };
    }
    return { file, outcome: 'identical', detail: '', compileMs };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function report(root: string, results: Result[], considered: number, args: string): string {
  const by = new Map<Outcome, Result[]>();
  for (const r of results) by.set(r.outcome, [...(by.get(r.outcome) ?? []), r]);
  const n = results.length;
  const pct = (k: number) => `${k} (${((100 * k) / Math.max(1, n)).toFixed(1)}%)`;
  const lines = [
    '# Program conformance',
    '',
    `Generated by \`node dist/scripts/conformance/programs.js ${args}\` (scripts/conformance/programs.ts) on ${new Date().toISOString().slice(0, 10)}.`,
    `Corpus: ${root}. Of ${considered} files tried, ${n} run to exit 0 under CPython 3.12 within 10 s with an empty stdin;`,
    'each was compiled by Keel and run under node, and its stdout and exit code compared with CPython\'s.',
    '',
    '| outcome | programs |',
    '|---|--:|',
  ];
  const order: Outcome[] = ['identical', 'unsupported', 'diagnostic', 'internal error', 'compile time-out', 'wrong output', 'wrong exit code', 'run time-out'];
  for (const o of order) lines.push(`| ${o} | ${pct(by.get(o)?.length ?? 0)} |`);
  const ms = results.map((r) => r.compileMs).sort((a, b) => a - b);
  if (ms.length) lines.push('', `Compile time (a fresh \`keel build\` process): median ${ms[ms.length >> 1]} ms, slowest ${ms[ms.length - 1]} ms.`);
  const unsupported = new Map<string, string[]>();
  for (const r of by.get('unsupported') ?? []) {
    const key = r.detail.replace(/^not supported yet: /, '');
    unsupported.set(key, [...(unsupported.get(key) ?? []), r.file]);
  }
  if (unsupported.size) {
    lines.push('', '## Not supported yet, by feature', '', '| feature | programs | e.g. |', '|---|--:|---|');
    for (const [k, fs] of [...unsupported].sort((a, b) => b[1].length - a[1].length)) {
      lines.push(`| ${k.replace(/\|/g, '\\|')} | ${fs.length} | ${fs[0]} |`);
    }
  }
  for (const o of order.slice(2)) {
    const rs = by.get(o);
    if (o === 'unsupported' || !rs?.length) continue;
    lines.push('', `## ${o[0].toUpperCase()}${o.slice(1)}`, '');
    for (const r of rs) lines.push(`- ${r.file}${r.detail ? `: ${r.detail.replace(/\|/g, '\\|')}` : ''}`);
  }
  return lines.join('\n') + '\n';
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const opt = (name: string, dflt: string) => {
    const i = argv.indexOf(`--${name}`);
    if (i < 0) return dflt;
    const v = argv[i + 1];
    argv.splice(i, 2);
    return v;
  };
  const args = process.argv.slice(2).join(' ');
  const sample = Number(opt('sample', '0'));
  const seed = Number(opt('seed', '1'));
  const jobs = Math.max(1, Number(opt('jobs', '2')));
  const level = opt('level', 'O2');
  const out = opt('out', '');
  const json = opt('json', '');
  const root = argv[0];
  if (!root || !/^O[02]$/.test(level)) {
    console.error('usage: programs.js DIR [--sample N] [--seed S] [--jobs J] [--level O2|O0] [--out FILE.md] [--json FILE]');
    process.exit(2);
  }
  let files = pyFiles(resolve(root)).filter((f) => !/(^|\/)(test_[^/]*|[^/]*_test|conftest|__init__|setup)\.py$/.test(f) && !/(^|\/)tests?\//.test(f));
  files = seededShuffle(files, seed);
  if (sample > 0) files = files.slice(0, sample);
  const results: Result[] = [];
  let next = 0;
  let tried = 0;
  const worker = async () => {
    while (next < files.length) {
      const f = files[next++];
      const r = await one(resolve(root), f, level);
      tried++;
      if (r) {
        results.push(r);
        if (r.outcome !== 'identical') console.error(`${r.outcome}: ${f}${r.detail ? `: ${r.detail}` : ''}`);
      }
      if (tried % 25 === 0) console.error(`[${tried}/${files.length}] ${results.filter((x) => x.outcome === 'identical').length} identical of ${results.length}`);
    }
  };
  await Promise.all(Array.from({ length: jobs }, worker));
  results.sort((a, b) => (a.file < b.file ? -1 : 1));
  const text = report(root, results, tried, args);
  if (json) writeFileSync(json, JSON.stringify(results, null, 1));
  if (out) writeFileSync(out, text);
  else process.stdout.write(text);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
