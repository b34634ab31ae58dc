#!/usr/bin/env node
// The `keel` command: runs the compiled CLI (npm ci / npm run build compiles it into dist/).
// From dist/keel.bundle.cjs, the CLI's modules as one script with V8's code cache
// (src/cli/bundle.ts), when it was made from the current dist/src; else from dist/src itself.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const dist = fileURLToPath(new URL('../dist', import.meta.url));

function fromBundle() {
  let text;
  try {
    text = readFileSync(`${dist}/keel.bundle.cjs`, 'utf8');
  } catch {
    return undefined; // not built: dist/src
  }
  let cachedData;
  try {
    cachedData = readFileSync(`${dist}/keel.bundle.cache`);
  } catch {
    cachedData = undefined;
  }
  const script = new Script(text, { filename: `${dist}/keel.bundle.cjs`, cachedData });
  return script.runInThisContext()(createRequire(import.meta.url), (s) => import(s), dist);
}

const main = fromBundle() ?? (await import('../dist/src/cli/main.js')).main;
process.exitCode = await main(process.argv.slice(2));
