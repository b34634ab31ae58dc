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
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, posix, resolve } from 'node:path';
import { distStamp } from '../link/stamp.js';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Script } from 'node:vm';

export const BUNDLE = 'keel.bundle.cjs';
export const CACHE = 'keel.bundle.cache';
const ENTRY = 'src/cli/main.js';
/** The module whose artifact stamp the bundle hands dist/src's stamp (setSrcStamp). */
const ARTIFACT = 'src/link/artifact.js';
/** The module that makes the stamp (src/link/stamp.ts). */
const STAMP_MODULE = 'src/link/stamp.js';

const distDir = (): string => resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export { distStamp };

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
  return withoutExportHoists(id, out);
}

/**
 * Drops the statements `exports.A = exports.B = ... = void 0;` by which TypeScript's CommonJS
 * output declares every export up front. Each export's own assignment then adds its property
 * with the value's representation, where it used to change the representation of a field first
 * made for undefined: V8 reworks the exports object's map for each such store, a cost that grows
 * with the number of exports (src/runtime/layout.js, 416 exports: ~12 M instructions of every
 * `keel build`). An export read before its module has run is undefined either way (the only
 * difference is `in` and the order of the keys, which no module reads: src/lower/intrinsics.ts
 * looks layout's constants up by name). `export *` (__exportStar) would define getters that a
 * later own assignment could not overwrite: the compiler uses none, and the transform refuses it.
 */
function withoutExportHoists(id: string, out: string): string {
  if (/\b__exportStar\b/.test(out)) throw new Error(`bundle: ${id} uses export * (the bundle drops the exports' hoisted declarations)`);
  return out.replace(/^exports\.[\w$]+ = (?:exports\.[\w$]+ = )*void 0;\n/gm, '');
}

/**
 * Whether a module's exports object starts in V8's dictionary mode (Object.create(null)): for a
 * module with more than a hundred or so exports. A fast-mode object takes a new map per added
 * property, and making each costs time in proportion to the properties already there:
 * src/runtime/layout.js's 418 exports were 5.5 M instructions of every `keel build`, against 0.4 M
 * in dictionary mode (a property read then looks the name up in the dictionary, which the reads of
 * layout's constants did not measurably slow). The object has no prototype, which the compiler's
 * modules do not use (imports read the exports' own properties).
 */
function dictionaryExports(out: string): boolean {
  return (out.match(/^exports\.[\w$]+ = /gm)?.length ?? 0) > DICTIONARY_EXPORTS;
}
const DICTIONARY_EXPORTS = 128;

/** Where a module's relative `require`s and `import()`s lead (ids relative to dist/), worked out
 * here so the bundle's loader does no path arithmetic per import. */
function depsOf(id: string, out: string): Record<string, string> {
  const deps: Record<string, string> = {};
  for (const m of out.matchAll(/\b(?:require|__keel_import)\((["'])(\.[^"']+)\1\)/g)) deps[m[2]] = posix.join(posix.dirname(id), m[2]);
  return deps;
}

/** The bundle's text: a script whose value is a function (require, import, dist) -> the CLI's
 * main, or undefined when dist/src changed since the bundle was made. It is ASCII (bin/keel.js reads
 * it as latin1: a one-byte string with no UTF-8 decoding, which was 3% of hello's build). */
export function bundleText(dist: string): string {
  const ids = moduleGraph(dist);
  if (!ids.includes(STAMP_MODULE)) throw new Error(`bundle: ${STAMP_MODULE} is not among the modules`);
  const defs = ids.map((id) => {
    // (the module's URL is the dist/ URL and its id: an id needs no escaping)
    if (!/^[A-Za-z0-9_./-]+$/.test(id)) throw new Error(`bundle: module id ${id} would need escaping in a URL`);
    const out = transform(id, readFileSync(join(dist, id), 'utf8'));
    return `${JSON.stringify(id)}: [function (exports, require, module, __keel_meta_url, __keel_import) {\n${out}\n}, ${JSON.stringify(depsOf(id, out))}, ${dictionaryExports(out)}]`;
  });
  const text = `(function (__keel_require, __keel_import, __keel_dist) {
'use strict';
const STAMP = ${JSON.stringify(distStamp(dist))};
const defs = {
${defs.join(',\n')}
};
const base = __keel_require('node:url').pathToFileURL(__keel_dist).href.replace(/\\/?$/, '/');
const loaded = new Map();
const load = (id) => {
  let m = loaded.get(id);
  if (m) return m.exports;
  const [def, deps, dictionary] = defs[id];
  m = { exports: dictionary ? Object.create(null) : {} };
  loaded.set(id, m);
  const resolve = (spec) => deps[spec] ?? __keel_require('node:path').posix.join(__keel_require('node:path').posix.dirname(id), spec);
  const req = (spec) => (spec.startsWith('.') ? load(resolve(spec)) : __keel_require(spec));
  // import() of a module of the bundle (loaded when first asked for), or of a package
  const imp = (spec) => (spec.startsWith('.') ? Promise.resolve().then(() => load(resolve(spec))) : __keel_import(spec));
  def.call(m.exports, m.exports, req, m, base + id, imp);
  return m.exports;
};
// (stamp.ts: the same function makes the stamp checked here and the one recorded above)
const now = load(${JSON.stringify(STAMP_MODULE)}).distStamp(__keel_dist);
if (now !== STAMP) return undefined;
// (the artifact's stamp holds this one: src/link/artifact.ts sourceStamp)
load(${JSON.stringify(ARTIFACT)}).setSrcStamp(now);
return load(${JSON.stringify(ENTRY)}).main;
})`;
  // Non-ASCII characters (in comments and strings) as \u escapes, which mean the same in JavaScript
  // source outside template literals' raw text (String.raw: none in the compiler).
  if (/\\[^\x00-\x7f]/.test(text)) throw new Error('bundle: a non-ASCII character after a backslash (its \\u escape would mean another text)');
  const ascii = text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return ascii;
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
