// inherit_child: a helper process for runners.test.ts (not a test itself): calls runInherit the
// way `keel run` does and exits with the program's code, so the test can compare what reaches
// this process's real stdout/stderr with runCapture.
// Usage: node dist/test/runtimes/inherit_child.js '<json {runtime, wasm, opts}>'
import { runInherit, type RunOptions, type RuntimeName } from '../../src/run/index.js';

const req = JSON.parse(process.argv[2] ?? '{}') as { runtime: RuntimeName; wasm: string; opts: RunOptions };
process.exitCode = await runInherit(req.runtime, req.wasm, req.opts);
