#!/usr/bin/env -S -u NODE_EXTRA_CA_CERTS node --min-semi-space-size=16 --no-rehash-snapshot
// The `keel` command: runs the compiled CLI (npm ci / npm run build compiles it into dist/).
// From dist/keel.bundle.cjs, the CLI's modules as one script with V8's code cache
// (src/cli/bundle.ts), when it was made from the current dist/src; else from dist/src itself.
//
// A CommonJS script (bin/package.json): Node runs it without its ES module loader, and require()
// of node:fs and node:vm makes no ES module facades (a facade reads every export, so
// node:fs's loaded node:stream and a dozen stream modules). hello's build: main thread 907-944 ->
// 895-911 M instructions (5 alternating callgrind runs each; docs/architecture.md "Start-up").
//
// The first line clears NODE_EXTRA_CA_CERTS: when it is set (to anything, even /dev/null) node
// builds its whole root certificate store at start-up, before any script runs. Keel opens no TLS
// connection, and on a machine that sets it globally (Debian's bundle) `node -e 0` took 60 ms
// against 20 ms without it (5 runs each). `env -S` splits the rest of the line (GNU coreutils
// 8.30+, BSD and macOS env); `node bin/keel.js` skips the line and pays the cost.
//
// The line also gives V8 a young generation of 16 MB semi-spaces from the start (it starts at
// 1 MB and grows only after scavenges whose objects survive): a compile allocates a few hundred MB
// of short-lived objects, which then take a scavenge per 16 MB rather than one per 1-8 MB.
// Callgrind, a fresh `keel build` of hello, all threads / main thread: 540-546 / 419-423 ->
// 424-426 / 393-400 M instructions (2 runs each); nbody 1878 / 1679 -> 1784 / 1649 M. The heap
// is configured when node starts, so the flag can only be on node's command line, and a
// command-line flag changes V8's flag hash, which must match the one the code cache was made
// under (bundle.ts makes it in a plain `node`). bin/keel.js therefore sets the flag back to its
// default before it makes the Script: the heap keeps its size, and the hash is the plain one
// again, so `node bin/keel.js` (tests, scripts) and the executable share one code cache.
//
// --no-rehash-snapshot: node's start-up snapshot keeps the string hash seed it was built with,
// where V8 by default draws a new seed and derives the hash function's secrets from it (a search
// for primes) and rehashes the snapshot's tables: 16.6 M instructions of hello's build, before
// bin/keel.js runs (`node -e 0`: 88.0 -> 78.3 M). A random seed guards a server against inputs
// made to collide in its hash tables; a compile is a short process over the user's own program.
// Like the heap's, the flag is set back to its default before the Script is made (the hash seed
// stays the one node started with).
'use strict';
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { Script } = require('node:vm');

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
// to every later tiering decision (`node --trace-opt` shows no optimized function). It is set
// after the modules' top levels ran, too: node's built-in modules carry code caches made under
// the default flags, so one loaded after the change is compiled from its source (the module
// node:module, which src/link/artifact.ts imports, and the ES module loader it loads: 4 M
// instructions); the top levels run once, too short for the optimizing compiler.
// --no-baseline-batch-compilation: Sparkplug compiles each function when its budget runs out
// instead of gathering them into batches (with the code cache's functions, a batch compile of ~600
// at the first calls). Callgrind, main thread: hello 874-876 -> 864-866 M (2 runs each), fib
// 1152 -> 1143 M, nbody 2280 -> 2261 M (1 run each); the modules are byte-identical.
// The flags are set through node:v8's binding, the function node:v8's setFlagsFromString calls:
// loading node:v8 itself loads internal/heap_utils and with it node:stream and about 30 internal
// modules (require('node:v8') took 1.9-2.4 ms against 0.3-0.6 ms for the binding, 8 alternating
// runs each, and ~5 M instructions). process.binding('v8') is deprecated (DEP0111): its warning
// is kept quiet, and node:v8 serves where the binding is gone.
function setFlagsFromString(flags) {
  const quiet = process.noDeprecation;
  try {
    process.noDeprecation = true;
    process.binding('v8').setFlagsFromString(flags);
  } catch {
    require('node:v8').setFlagsFromString(flags);
  } finally {
    process.noDeprecation = quiet;
  }
}
const command = process.argv[2];
let flagged = false;
const noOpt = () => {
  if (flagged) return;
  flagged = true;
  if (command === 'build' || command === 'check' || (command === 'run' && !process.argv.some((a) => a.includes('shim')))) setFlagsFromString('--no-opt --no-baseline-batch-compilation');
};

const dist = join(__dirname, '..', 'dist');

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
  // (the #! line's flags, set back to their defaults for the flag hash: see the header)
  if (process.execArgv.some((a) => a.startsWith('--min-semi-space-size'))) setFlagsFromString('--min-semi-space-size=0');
  if (process.execArgv.includes('--no-rehash-snapshot')) setFlagsFromString('--rehash-snapshot');
  const script = new Script(text, { filename: `${dist}/keel.bundle.cjs`, cachedData });
  // (test/unit/bundle.test.ts checks that the cache is accepted, and the new space's size)
  if (process.env.KEEL_BUNDLE_REPORT) {
    const newSpace = require('node:v8').getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
    process.stderr.write(`keel: bundle code cache ${cachedData === undefined ? 'absent' : script.cachedDataRejected ? 'rejected' : 'accepted'}, new space ${newSpace.space_size >> 20} MB\n`);
  }
  const main = script.runInThisContext()(require, (s) => import(s), dist);
  noOpt();
  return main;
}

(async () => {
  const main = fromBundle() ?? (noOpt(), (await import('../dist/src/cli/main.js')).main);
  process.exitCode = await main(process.argv.slice(2));
})();
