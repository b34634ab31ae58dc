// Parse conformance: every .py file of CPython 3.12's standard library (Lib/, Lib/test
// included) through Keel's decodeSource + parseModule + dumpAst, compared with CPython's
// ast.dump(ast.parse(src), include_attributes=True). Writes docs/conformance-parse.md.
// Usage: node dist/scripts/conformance/parse.js [--filter SUBSTR] [--show N] [--no-doc] [--refresh]
// CPython's results are cached in $KEEL_CACHE (default /tmp/keel-cache)/parse-cpython.json.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeSource, dumpAst, parseModule } from '../../src/parse/index.js';
import { pyFiles, runCPython, stdlibDir, type CPythonResult } from './parse-cpython.js';
import { EXCEPTIONS } from './parse-exceptions.js';

const repo = resolve(fileURLToPath(import.meta.url), '../../../..');
const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const filter = opt('--filter');
const show = Number(opt('--show') ?? 5);
const writeDoc = !args.includes('--no-doc') && !filter;

const lib = stdlibDir();
const files = pyFiles(lib).filter((f) => !filter || f.includes(filter));
const cacheDir = process.env.KEEL_CACHE ?? '/tmp/keel-cache';
const cacheFile = join(cacheDir, 'parse-cpython.json');
let cache: Record<string, CPythonResult> = {};
if (existsSync(cacheFile) && !args.includes('--refresh')) cache = JSON.parse(readFileSync(cacheFile, 'utf8'));
const missing = files.filter((f) => !cache[f]);
if (missing.length > 0) {
  console.log(`running CPython over ${missing.length} files...`);
  for (const [f, r] of runCPython(lib, missing, 'hash')) cache[f] = { h: r.h, e: r.e };
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(cacheFile, JSON.stringify(cache));
}

interface Outcome { file: string; kind: string; detail?: string }
let same = 0;
let differ = 0;
let keelRejects = 0;
let bothReject = 0;
let errorAgrees = 0;
let keelAccepts = 0;
let internal = 0;
const failures: Outcome[] = [];
const errorMismatches: Outcome[] = [];
let bytes = 0;
const t0 = performance.now();
for (const f of files) {
  const cp = cache[f];
  const raw = readFileSync(join(lib, f));
  bytes += raw.length;
  const dec = decodeSource(new Uint8Array(raw), f);
  const res = dec.text === undefined ? { diagnostics: dec.diagnostics } : parseModule(dec.text, f);
  const d = res.diagnostics[0];
  if (d && d.message.includes('internal parser error')) internal++;
  if (cp.h) {
    if (!('module' in res) || !res.module) {
      keelRejects++;
      failures.push({ file: f, kind: 'keel rejects', detail: `${d?.span?.line}:${d?.span?.col}: ${d?.message}` });
      continue;
    }
    const dump = dumpAst(res.module, { includeAttributes: true });
    const h = createHash('sha1').update(dump, 'utf8').digest('hex');
    if (h === cp.h) same++;
    else {
      differ++;
      failures.push({ file: f, kind: 'dump differs' });
    }
  } else {
    const e = cp.e!;
    if (!d) {
      keelAccepts++;
      failures.push({ file: f, kind: 'keel accepts', detail: `CPython: ${e[2]}:${e[3]}: ${e[0]}: ${e[1]}` });
      continue;
    }
    bothReject++;
    const want = `${e[2]}:${e[3]}: ${e[0]}: ${e[1]}`;
    const got = d.span ? `${d.span.line}:${d.span.col}: ${d.message}` : `0:-1: ${d.message}`;
    if (want === got) errorAgrees++;
    else errorMismatches.push({ file: f, kind: 'error differs', detail: `CPython ${want}\n    Keel    ${got}` });
  }
}
const seconds = (performance.now() - t0) / 1000;
const cpOk = same + differ + keelRejects;
const cpBad = bothReject + keelAccepts;

const lines: string[] = [];
lines.push(`files: ${files.length} (${(bytes / 1e6).toFixed(1)} MB) in ${seconds.toFixed(1)} s`);
lines.push(`CPython parses ${cpOk}: ${same} dump identically, ${differ} differ, ${keelRejects} rejected by Keel`);
lines.push(`CPython rejects ${cpBad}: ${bothReject} rejected by Keel too (${errorAgrees} with the same line:col and message), ${keelAccepts} accepted by Keel`);
lines.push(`internal parser errors: ${internal}`);
console.log(lines.join('\n'));

// Show the first differing lines of a few failures (CPython dumps them again, indented).
const shown = failures.slice(0, show);
const dumps = shown.length > 0 ? runCPython(lib, shown.map((x) => x.file), 'dump') : new Map();
const details: string[] = [];
for (const fl of shown) {
  details.push(`- ${fl.file}: ${fl.kind}${fl.detail ? `\n    ${fl.detail}` : ''}`);
  if (fl.kind !== 'dump differs') continue;
  const raw = readFileSync(join(lib, fl.file));
  const dec = decodeSource(new Uint8Array(raw), fl.file);
  const mine = dumpAst(parseModule(dec.text!, fl.file).module!, { includeAttributes: true, indent: 1 }).split('\n');
  const theirs = (dumps.get(fl.file)?.d ?? '').split('\n');
  const k = mine.findIndex((l: string, i: number) => l !== theirs[i]);
  details.push(`    first difference at dump line ${k + 1}:`);
  for (let i = Math.max(0, k - 3); i < k; i++) details.push(`      ${theirs[i]}`);
  details.push(`    CPython: ${theirs[k]}`, `    Keel:    ${mine[k]}`);
}
for (const m of errorMismatches.slice(0, show)) details.push(`- ${m.file}: ${m.kind}\n    ${m.detail}`);
console.log(details.join('\n'));

if (writeDoc) {
  const doc = `# Parser conformance (CPython 3.12 standard library)

Generated by \`node dist/scripts/conformance/parse.js\` (source: scripts/conformance/parse.ts). Every
\`.py\` file of CPython 3.12.1's \`Lib/\` (tests included, site-packages excluded) is decoded and
parsed by Keel and dumped with \`dumpAst(..., { includeAttributes: true })\`; the text is compared
with \`ast.dump(ast.parse(src), include_attributes=True)\` from CPython 3.12.1. For files that
CPython rejects, Keel must reject them too; the SyntaxError's line, column and message are
compared as well.

\`\`\`
${lines.join('\n')}
\`\`\`

## Known exceptions

${EXCEPTIONS.length === 0 ? 'None.' : EXCEPTIONS.map((e) => `- \`${e.file}\`: ${e.reason}`).join('\n')}

## Remaining differences

${failures.length === 0 ? 'None.' : failures.map((f) => `- \`${f.file}\`: ${f.kind}${f.detail ? ` (${f.detail.replace(/\n\s*/g, '; ')})` : ''}`).join('\n')}

## Syntax errors whose location or message differ from CPython's

${errorMismatches.length === 0 ? 'None.' : errorMismatches.map((f) => `- \`${f.file}\`: ${f.detail!.replace(/\n\s*/g, '; ')}`).join('\n')}

${readExtra()}`;
  writeFileSync(join(repo, 'docs', 'conformance-parse.md'), doc);
}

/** Sections other scripts maintain (fuzzing, throughput), kept between the markers. */
function readExtra(): string {
  const p = join(repo, 'docs', 'conformance-parse.md');
  if (!existsSync(p)) return '';
  const old = readFileSync(p, 'utf8');
  const i = old.indexOf('<!-- extra -->');
  return i === -1 ? '' : old.slice(i);
}
