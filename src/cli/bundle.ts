// The CLI as one script with V8's code cache (docs/architecture.md "Start-up"): `npm run build`
// runs `node dist/src/cli/bundle.js` after tsc and the precompiled runtime, and bin/keel.js loads
// dist/keel.bundle.cjs instead of dist/src/**/*.js when the bundle is current.
//
// Why: Node 20 compiles each of the compiler's ~100 ES modules from source in every process (it
// has no module compile cache), which was about a fifth of a small program's `keel build`. A
// classic script can bring its compiled code along (vm.Script cachedData), so the modules are
// joined into one: each module's tsc output is turned into a CommonJS function by TypeScript's
// own transpiler (imports become property reads of the imported module's exports, so cycles
// behave as with ES modules as long as no module's top level uses another's binding before that
// module ran, which holds for this compiler: the bundle is checked by running it), `import.meta.url`
// becomes the module's own file URL (paths to stdlib/, the artifacts, workers), `import(...)` of
// a module of the compiler that module (run lazily), of a package the ES module loader of
// bin/keel.js (yargs and wabt are loaded only when needed). The code cache is
// made after compiling a few programs in this process, so it holds the functions a compile runs.
//
// Staleness: the bundle records the names, sizes and modification times of dist/src/**/*.js; when
// they differ (tsc ran again), it declines and bin/keel.js imports dist/src as before.
//
// Usage: node dist/src/cli/bundle.js
import ts from 'typescript';
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Script } from 'node:vm';

export const BUNDLE = 'keel.bundle.cjs';
export const CACHE = 'keel.bundle.cache';
const ENTRY = 'src/cli/main.js';
/** The module whose artifact stamp the bundle hands dist/src's stamp (setSrcStamp). */
const ARTIFACT = 'src/link/artifact.js';

const distDir = (): string => resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function filesUnder(dir: string, out: string[]): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) filesUnder(p, out);
    else if (e.name.endsWith('.js')) out.push(p);
  }
  return out;
}

/** What the bundle is made from, as the bundle itself checks it at start-up (the same text). */
export function distStamp(dist: string): string {
  return filesUnder(join(dist, 'src'), []).sort().map((f) => {
    const st = statSync(f);
    return `${relative(dist, f).split(sep).join('/')}:${st.size}:${st.mtimeMs}`;
  }).join('|');
}

/** The modules the entry reaches through static relative imports, as paths relative to dist/. */
function moduleGraph(dist: string): string[] {
  const seen = new Set<string>();
  const visit = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    const text = readFileSync(join(dist, id), 'utf8');
    for (const m of text.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s*'(\.[^']+)'|^import\s*'(\.[^']+)'|(?<![\w.$])import\('(\.[^']+)'\)/gm)) visit(posix.join(posix.dirname(id), m[1] ?? m[2] ?? m[3]));
  };
  visit(ENTRY);
  return [...seen].sort();
}

/** One module as the body of a CommonJS function (see the header). */
function transform(id: string, text: string): string {
  const src = text
    .replace(/^\/\/# sourceMappingURL=.*$/m, '')
    .replace(/\bimport\.meta\.url\b/g, '__keel_meta_url')
    .replace(/(?<![\w.$])import\((?=[^)])/g, '__keel_import(');
  const out = ts.transpileModule(src, {
    fileName: id.replace(/\.js$/, '.ts'),
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true, sourceMap: false },
    reportDiagnostics: false,
  }).outputText;
  if (/\bimport\.meta\b|(?<![\w.$])import\(/.test(out)) throw new Error(`bundle: ${id} still uses import.meta or import() after the transform`);
  return out;
}

/** The bundle's text: a script whose value is a function (require, import, dist) -> the CLI's
 * main, or undefined when dist/src changed since the bundle was made. */
export function bundleText(dist: string): string {
  const ids = moduleGraph(dist);
  const defs = ids.map((id) => `${JSON.stringify(id)}: function (exports, require, module, __keel_meta_url, __keel_import) {\n${transform(id, readFileSync(join(dist, id), 'utf8'))}\n}`);
  return `(function (__keel_require, __keel_import, __keel_dist) {
'use strict';
const fs = __keel_require('node:fs');
const path = __keel_require('node:path');
const url = __keel_require('node:url');
const STAMP = ${JSON.stringify(distStamp(dist))};
const files = [];
const walk = (dir) => {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.name.endsWith('.js')) files.push(p);
  }
};
walk(path.join(__keel_dist, 'src'));
const now = files.sort().map((f) => {
  const st = fs.statSync(f);
  return path.relative(__keel_dist, f).split(path.sep).join('/') + ':' + st.size + ':' + st.mtimeMs;
}).join('|');
if (now !== STAMP) return undefined;
const defs = {
${defs.join(',\n')}
};
const loaded = new Map();
const load = (id) => {
  let m = loaded.get(id);
  if (m) return m.exports;
  m = { exports: {} };
  loaded.set(id, m);
  const req = (spec) => (spec.startsWith('.') ? load(path.posix.join(path.posix.dirname(id), spec)) : __keel_require(spec));
  // import() of a module of the bundle (loaded when first asked for), or of a package
  const imp = (spec) => (spec.startsWith('.') ? Promise.resolve().then(() => load(path.posix.join(path.posix.dirname(id), spec))) : __keel_import(spec));
  defs[id].call(m.exports, m.exports, req, m, url.pathToFileURL(path.join(__keel_dist, id)).href, imp);
  return m.exports;
};
// (the artifact's stamp holds this one: src/link/artifact.ts sourceStamp)
load(${JSON.stringify(ARTIFACT)}).setSrcStamp(now);
return load(${JSON.stringify(ENTRY)}).main;
})`;
}

/** Runs a bundle's text: the CLI's main, or undefined when it is stale. */
export function runBundle(script: Script, dist: string): ((argv: string[]) => Promise<number>) | undefined {
  const fn = script.runInThisContext() as (req: NodeJS.Require, imp: (s: string) => Promise<unknown>, dist: string) => ((argv: string[]) => Promise<number>) | undefined;
  return fn(createRequire(import.meta.url), (s) => import(s), dist);
}

/** Writes dist/keel.bundle.cjs and its code cache, made after compiling `warm` (Python files). */
export async function writeBundle(warm: string[]): Promise<void> {
  const dist = distDir();
  const text = bundleText(dist);
  const file = join(dist, BUNDLE);
  const script = new Script(text, { filename: file });
  const main = runBundle(script, dist);
  if (!main) throw new Error('bundle: dist/src changed while the bundle was made');
  const tmp = mkdtempSync(join(tmpdir(), 'keel-bundle-'));
  try {
    for (const py of warm) {
      if (!existsSync(py)) continue;
      // (a program that does not compile only warms less: the cache still serves the rest)
      const code = await main(['build', py, '-o', join(tmp, 'out.wasm')]);
      if (code !== 0) process.stderr.write(`bundle: keel build ${py} exited ${code} (the code cache will not hold its functions)\n`);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const cache = script.createCachedData();
  for (const [name, data] of [[BUNDLE, text], [CACHE, cache]] as const) {
    const p = join(dist, name);
    writeFileSync(`${p}.${process.pid}.tmp`, data);
    renameSync(`${p}.${process.pid}.tmp`, p);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const t0 = performance.now();
  const root = resolve(distDir(), '..');
  // Programs that run the common paths: numbers, classes with special methods, generators.
  const warm = ['scripts/bench/programs/fib.py', 'scripts/bench/programs/richards.py', 'scripts/bench/programs/raytrace.py'].map((p) => join(root, p));
  await writeBundle(warm);
  process.stdout.write(`bundle: ${join(distDir(), BUNDLE)} (${Math.round(performance.now() - t0)} ms)\n`);
}
