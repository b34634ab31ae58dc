#!/usr/bin/env node
// The `keel` command: runs the compiled CLI (npm ci / npm run build compiles it into dist/).
// From dist/keel.bundle.cjs, the CLI's modules as one script with V8's code cache
// (src/cli/bundle.ts), when it was made from the current dist/src; else from dist/src itself.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

// A compile is a short process whose hot code is spread over many large functions (inference,
// the passes, the code generator): V8's optimizing compiler (TurboFan) spent more time compiling
// them on its background thread than its code saved, and threw much of that work away (its
// compiles of inferTypes ran for seconds and were aborted on a changed object layout). Without it
// the baseline code runs throughout: `keel build` of richards took 4.5 -> 1.6 s of CPU, deltablue
// 5.0 -> 2.2 s, a program compiled with the whole runtime (KEEL_NO_PRECOMPILED=1) 6.4 -> 3.2 s.
// Only the compiler's own JavaScript is concerned: `keel run` runs a program in a child process,
// except under the shim (the WASI shim's JavaScript runs in this process: the flag stays off).
// The flag is set only once the bundle's script is made: V8 rejects a code cache made under other
// flags (the flag hash), and the cache is made without it; a flag set afterwards still applies
// to every later tiering decision (`node --trace-opt` shows no optimized function).
const command = process.argv[2];
let flagged = false;
const noOpt = () => {
  if (flagged) return;
  flagged = true;
  if (command === 'build' || command === 'check' || (command === 'run' && !process.argv.some((a) => a.includes('shim')))) setFlagsFromString('--no-opt');
};

const dist = fileURLToPath(new URL('../dist', import.meta.url));

function fromBundle() {
  let text;
  try {
    // (ASCII: latin1 makes a one-byte string without decoding UTF-8)
    text = readFileSync(`${dist}/keel.bundle.cjs`, 'latin1');
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
  noOpt();
  // (test/unit/bundle.test.ts checks that the cache is accepted)
  if (process.env.KEEL_BUNDLE_REPORT) process.stderr.write(`keel: bundle code cache ${cachedData === undefined ? 'absent' : script.cachedDataRejected ? 'rejected' : 'accepted'}\n`);
  return script.runInThisContext()(createRequire(import.meta.url), (s) => import(s), dist);
}

const main = fromBundle() ?? (noOpt(), (await import('../dist/src/cli/main.js')).main);
process.exitCode = await main(process.argv.slice(2));
