// bench/report: the results of one harness run, and their rendering as markdown (the tables
// printed to stdout and written to docs/benchmarks.md). Owns the derived numbers: medians,
// start-up-corrected Keel/C ratios, CPython/Keel speed-ups and the issue-4 target checks.
import type { OptLevel } from '../../src/driver/options.js';
import type { RuntimeName } from '../../src/run/index.js';
import { median } from './measure.js';
import type { Program } from './programs.js';

/** Times of one variant (Keel or C under one runtime, or CPython), or why it has none. */
export interface Series {
  ms: number[];
  fail?: string;
}

export interface KeelResult {
  /** The level measured, when some level compiled and printed CPython's output. */
  opt?: OptLevel;
  /** Why there is no Keel time: "does not compile yet: ...", "compiler error: ...", "FAILED: ...". */
  problem?: string;
  notes: string[];
  size?: number;
  /** The median wall clock of a fresh `keel build` process (what a user waits for). */
  compileMs?: number;
  /** The first in-process compile of the harness (no earlier compile in the process, JIT cold). */
  firstCompileMs?: number;
  memoryBytes?: number;
  wasm?: string;
}

export interface CResult {
  problem?: string;
  size?: number;
  memoryBytes?: number;
  wasm?: string;
}

export interface ProgramResult {
  program: Program;
  cpython: Series & { rssKb?: number };
  keel: KeelResult;
  c: CResult;
  keelTimes: Map<RuntimeName, Series>;
  cTimes: Map<RuntimeName, Series>;
}

export interface RunInfo {
  date: string;
  command: string;
  machine: string;
  tools: string[];
  runtimes: RuntimeName[];
  reps: number;
  compileRuns: number;
  /** Node's own start-up and exit (`node -e 0`), included in every `keel build` time. */
  nodeStartMs?: number;
  notes: string[];
}

export const TARGETS = { ratio: 1.5, aimRatio: 1.1, helloBytes: 1024, compileMs: 200 } as const;

const sec = (ms: number) => (ms / 1000).toFixed(3);
const kb = (bytes: number) => (bytes < 10240 ? `${(bytes / 1024).toFixed(2)} KB` : `${Math.round(bytes / 1024)} KB`);
const mib = (bytes: number) => (bytes < 1048576 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / 1048576).toFixed(1)} MB`);
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** Why a Keel module has no time, in a word: a wrong result, too slow, or not built. */
function problemCell(problem: string): string {
  return problem.startsWith('FAILED') ? 'FAILED' : problem.startsWith('timed out') ? 'timed out' : 'no build';
}

function seriesCell(s: Series | undefined): string {
  if (!s) return '—';
  if (s.fail !== undefined) return s.fail.startsWith('FAILED') || s.fail.startsWith('timed out') ? s.fail.split(':')[0]! : 'FAILED';
  return s.ms.length ? sec(median(s.ms)) : '—';
}

/** Has a time (no narrowing: a series with times is still a Series that may hold a failure). */
function ok(s: Series | undefined): boolean {
  return s !== undefined && s.fail === undefined && s.ms.length > 0;
}

/** Each runtime's start-up time: the hello-world C module's median. */
export function baselines(results: ProgramResult[]): Map<RuntimeName, number> {
  const out = new Map<RuntimeName, number>();
  const hello = results.find((r) => r.program.hello);
  if (!hello) return out;
  for (const [rt, s] of hello.cTimes) if (ok(s)) out.set(rt, median(s.ms));
  return out;
}

/** Keel/C on times net of the runtime's start-up (each floored at 1 ms). */
export function ratio(keel: Series | undefined, c: Series | undefined, base: number): number | undefined {
  if (!ok(keel) || !ok(c)) return undefined;
  return Math.max(1, median(keel!.ms) - base) / Math.max(1, median(c!.ms) - base);
}

export function renderTables(results: ProgramResult[], info: RunInfo): string {
  const base = baselines(results);
  const lines: string[] = [];
  lines.push('### Time (wall clock, median, seconds)', '');
  lines.push('| program | runtime | Keel | C | Keel/C | CPython | CPython/Keel |');
  lines.push('|---|---|--:|--:|--:|--:|--:|');
  for (const r of results) {
    const py = ok(r.cpython) ? sec(median(r.cpython.ms)) : r.cpython.fail ? 'FAILED' : '—';
    for (const rt of info.runtimes) {
      const k = r.keelTimes.get(rt);
      const c = r.cTimes.get(rt);
      const kCell = r.keel.problem ? problemCell(r.keel.problem) : seriesCell(k);
      const cCell = r.c.problem ? (r.c.problem.startsWith('FAILED') ? 'FAILED' : '—') : seriesCell(c);
      const rat = r.program.hello ? undefined : ratio(k, c, base.get(rt) ?? 0);
      const speed = ok(k) && ok(r.cpython) ? `${(median(r.cpython.ms) / median(k!.ms)).toFixed(2)}x` : '—';
      const name = r.program.hello ? 'hello (start-up)' : r.program.name;
      lines.push(`| ${name} | ${rt} | ${kCell} | ${cCell} | ${rat === undefined ? '—' : `${rat.toFixed(2)}x`} | ${py} | ${speed} |`);
    }
  }
  lines.push('', '### Size, compile time, memory', '');
  lines.push('| program | Keel level | Keel .wasm | C .wasm | keel build | Keel memory | C memory | CPython peak RSS | notes |');
  lines.push('|---|---|--:|--:|--:|--:|--:|--:|---|');
  for (const r of results) {
    const k = r.keel;
    const notes = [...(k.problem ? [k.problem] : []), ...k.notes, ...(r.c.problem ? [`C: ${r.c.problem}`] : []), ...(r.cpython.fail ? [`CPython: ${r.cpython.fail}`] : [])];
    lines.push(
      `| ${r.program.name} | ${k.opt === undefined ? '—' : `-O${k.opt}`} | ${k.size === undefined ? '—' : kb(k.size)} | ${r.c.size === undefined ? '—' : kb(r.c.size)} | ` +
        `${k.compileMs === undefined ? '—' : `${k.compileMs.toFixed(0)} ms`} | ${k.memoryBytes === undefined ? '—' : mib(k.memoryBytes)} | ` +
        `${r.c.memoryBytes === undefined ? '—' : mib(r.c.memoryBytes)} | ${r.cpython.rssKb === undefined ? '—' : mib(r.cpython.rssKb * 1024)} | ${cell(notes.join('; '))} |`,
    );
  }
  lines.push('', '### Targets (issue 4)', '');
  lines.push(...targets(results, info, base).map((t) => `- ${t}`));
  return lines.join('\n');
}

function targets(results: ProgramResult[], info: RunInfo, base: Map<RuntimeName, number>): string[] {
  const out: string[] = [];
  const hello = results.find((r) => r.program.hello);
  if (hello?.keel.size !== undefined) {
    out.push(`hello world ≤ ${TARGETS.helloBytes} bytes: ${hello.keel.size} bytes, ${hello.keel.size <= TARGETS.helloBytes ? 'met' : 'NOT met'}`);
  } else {
    out.push(`hello world ≤ ${TARGETS.helloBytes} bytes: no module (${hello?.keel.problem ?? 'not run'})`);
  }
  const benches = results.filter((r) => !r.program.hello);
  const compiled = benches.filter((r) => r.keel.compileMs !== undefined);
  const fast = compiled.filter((r) => r.keel.compileMs! < TARGETS.compileMs);
  out.push(`each benchmark compiles in < ${TARGETS.compileMs} ms (a fresh \`keel build\` process): ${fast.length} of ${benches.length} (${benches.length - compiled.length} do not compile yet)` +
    (info.nodeStartMs === undefined ? '' : `; node's own start-up (\`node -e 0\`) is ${info.nodeStartMs.toFixed(0)} ms of each`));
  for (const rt of info.runtimes) {
    const ratios = benches.map((r) => ratio(r.keelTimes.get(rt), r.cTimes.get(rt), base.get(rt) ?? 0)).filter((x): x is number => x !== undefined);
    const within = ratios.filter((x) => x <= TARGETS.ratio).length;
    const aim = ratios.filter((x) => x <= TARGETS.aimRatio).length;
    out.push(`within ${TARGETS.ratio}x of C under ${rt}: ${within} of ${benches.length} (within ${TARGETS.aimRatio}x: ${aim}; measured: ${ratios.length})`);
  }
  // Issue 5: the programs with no C version (object-heavy) against CPython, as a geometric mean
  // of the plain wall-clock ratios and of the ratios net of start-up (CPython's hello-world
  // time; the runtime's C hello-world time for Keel).
  const objs = benches.filter((r) => r.c.problem !== undefined && !r.c.problem.startsWith('FAILED') && ok(r.cpython));
  const pyBase = hello && ok(hello.cpython) ? median(hello.cpython.ms) : 0;
  const geo = (xs: number[]) => Math.exp(xs.reduce((a, x) => a + Math.log(x), 0) / xs.length);
  for (const rt of info.runtimes) {
    const plain: number[] = [];
    const net: number[] = [];
    for (const r of objs) {
      const k = r.keelTimes.get(rt);
      if (!ok(k)) continue;
      plain.push(median(r.cpython.ms) / median(k!.ms));
      net.push(Math.max(1, median(r.cpython.ms) - pyBase) / Math.max(1, median(k!.ms) - (base.get(rt) ?? 0)));
    }
    if (!plain.length) continue;
    out.push(`object-heavy programs (no C version) ≥ 10x faster than CPython under ${rt} (geometric mean of ${plain.length}): ${geo(plain).toFixed(2)}x (${geo(net).toFixed(2)}x net of start-up)`);
  }
  return out;
}

/** What -O2 does for these programs and where the remaining gaps to C are (kept with the numbers). */
const PERF_NOTES = [
  '## What -O2 does here, and the known gaps',
  '',
  '- Lists that never change length (made by a display, `[x] * n` or `list()`, never appended to and never',
  '  escaping: `stableLen` in src/passes/infer.ts) index through `rt_list_getx`/`setx` (and `getfx`/`setfx`',
  '  for float lists), whose length and items-buffer loads are the pure op `load.fixed_i32`: GVN merges them',
  '  and LICM hoists them out of loops. A constant index in range of a display\'s length reads or writes the',
  '  item in place (nbody\'s `b[3]`): no bounds test, no call.',
  '- `len()` is typed int, so `range(len(l))` loops get small-int counters; range()\'s int checks of proven',
  '  ints are dropped; the range pass folds the tag test (`is.small`) and the float conversion (`num.to_f64`)',
  '  of proven small ints, and `checkelim-late` drops the checks they leave.',
  '- `math.sqrt` of a float is `rt_math_sqrt_f` (an f64 call, no box); `[x] * n` fills by doubling copies.',
  '- Inlining measures a user callee without its constants and exception checks (spectral_norm\'s `eval_a`',
  '  is inlined). A leaf function (no call that can run user code) tests the recursion depth but does not',
  '  store it (the `depth` pass).',
  '- The range pass bounds `i * i <= n` (i <= isqrt(n)), folds the branches its intervals decide and reruns:',
  '  sieve\'s variable-step inner loop and nbody\'s `range(i + 1, n)` loops run without tag or overflow tests.',
  '  The collector\'s frame is pushed only at the first call that keeps a value in it (fib\'s base case pays',
  '  no push or pop).',
  '- Bool lists (`[True] * (n + 1)` proven to hold only bools, every use known): one byte per item',
  '  (TYPE_LIST_U8_ITEMS, stdlib/_rt/boollist.py), made directly by the repeat and never scanned by the',
  '  collector: sieve\'s flags take 2 MB instead of 16 (its peak memory fell from 52.7 MB to 7.5 MB), and',
  '  `if flags[i]` tests the byte. A constant-index item of a fixed-length list reads its buffer address',
  '  with `load.fixed_i32`, so nbody\'s `b[3] -= ...` loads it once per body, not once per access.',
  '- Collector polls: only an allocation makes a collection due, so a loop that allocates nothing has no',
  '  poll (mandelbrot, nbody\'s and spectral_norm\'s float loops), and one whose few allocating operations',
  '  are slow paths (the fallbacks of inlined list indexing: sieve, fannkuch) polls after them instead of',
  '  at its header. The range pass turns the branches on the tag tests it folds into jumps.',
  '- Object-heavy programs: inference tracks instances of each class as sites, folds class switches on',
  '  receivers of known classes, narrows on `is None`, calls the special methods of known instances',
  '  directly and takes a fast path for iterators of proven lists; `__init__` of classes only built by',
  '  direct calls keeps its argument types (docs/object-model.md, "Instances at -O2").',
  '- Attribute types are per (class, name) (src/passes/attrtypes.ts): richards\' `link` of tasks and of packets',
  '  no longer mix. A method call\'s fallback path on receivers none of whose remaining classes define the name',
  '  (classes.ts `recordClassNames`, the switch\'s failed tests, None) reads nothing and its call never runs, so',
  '  richards\' tasks stay tasks (`t.addPacket` with t from a list of tasks and None was "anything"): its',
  '  switches fold and its methods are called directly (3.71 -> 3.00 G instructions in one node run, hello 0.53).',
  '- The collector\'s mark stack grows into a heap object past 8192 entries instead of rescanning the heap',
  '  (deltablue\'s 20000-item lists): deltablue 7.82 -> 6.68 G instructions.',
  '- Tuples the program makes are inference sites (element type joined over their items; immutable, so',
  '  escaping keeps it): binary_trees\' `node[0]` is rt_tuple_getx (inlined type and bounds test, a load),',
  '  `max()` of ints an int, its depth arithmetic and `check()` ints: 12.70 -> 7.56 G instructions in one',
  '  node run (node_runner, no CLI); the collector is now about half of what is left.',
  '- raytrace\'s regression (1.27x -> 0.69x at f5ff131): the subclass-of-built-ins commit made every',
  '  generic subscript and comparison reach rt_cls_member (the lookup of `__missing__` by name), whose',
  '  function objects made every method\'s parameters anything (raytrace 2.67 -> 3.97 G instructions with',
  '  the CLI, bisected to 577801e); `__missing__` is a special-method selector now. A float compared with',
  '  an int constant (`t > 0`) is an f64 comparison, and a call result loses its unbound check (the',
  '  unwind block\'s return is not a result): 3.63 -> 2.65 G instructions at the new size.',
  '- Temporaries of small methods (docs/object-model.md, "Temporaries of small methods"): the inline pass',
  '  measures a user callee after cleaning it (raytrace\'s Vec.dot: ~180 instructions as lowered, 31 clean),',
  '  up to 60 (120 when the call passes or returns a fresh instance), and scalarrepl drops an instance whose',
  '  only uses are once-stored, dominated slot reads: Sphere.hit, Vec.norm\'s and normal()\'s temporaries',
  '  make no object. raytrace 3.07 -> 2.67 G instructions in one node run (CPython 13.8; load ~8). purecalls',
  '  merges the class-key calls of one receiver (richards\' methods on `self` of five Task classes tested its',
  '  class at every access): richards 3.70 -> 3.49, deltablue 7.15 -> 6.44 (load ~20).',
  '- raytrace\'s size is N = 330 (was 120: CPython ran 0.13 s, under node\'s start-up); CPython now runs',
  '  ~0.8 s CPU like the other programs.',
  '- Calls (fib): a function called only directly by program functions takes its recursion depth as an i32',
  '  parameter (`depth-param`: no load or store of the counter); a function with at most 4 allocating',
  '  operations polls for the collector right after them and not at entry (fib\'s allocations are its `+`\'s',
  '  big-int path and the RecursionError), and loops with at most 4 poll after them, not at the header',
  '  (spectral_norm\'s inner loop); a frame keeping one value is pushed only when it is not a small int. fib',
  '  3.84 -> 2.75 G instructions under wazero (fib with N = 1: 0.49), 3.66 -> 3.49 under node (start-up 2.18).',
  '- wazero compiles the whole module before running it: it was ~0.4 G instructions for a numeric benchmark\'s',
  '  160 KB, ~600 functions (C\'s hello: 0.02), most of them reached only through generic operations: the',
  '  slow path of an int `+` (rt_add: str, float, sequence and instance arms), the fallbacks of the inlined',
  '  list fast paths (rt_getitem: a dict\'s `[]` reaches user __hash__/__eq__), `[x] * n` (rt_mul), list(range())',
  '  and tuple unpacking (rt_next: generators), round(), and the uncaught-exception report (a dict view\'s repr',
  '  called list()). These now call int-only or list-only runtime functions (int_ops.py, narrow.py): ~200',
  '  functions, ~50 KB, ~0.1 G instructions to start (fib\'s 186 functions). Under wazero, one run each on a',
  '  loaded machine: fib 2.53 -> 2.12 G instructions, spectral_norm 0.87 -> 0.48, nbody 1.21 -> 0.89, sieve',
  '  1.39 -> 1.03, fannkuch_redux 1.81 -> 1.42, mandelbrot 0.79 -> 0.48 (C: 0.69, 0.34, 0.64, 0.72, 0.46, 0.39).',
  '- spectral_norm\'s `1.0 / (int expression)`: the range pass proves the int non-zero, so the division has no',
  '  zero test, and the floor division in it no longer computes an unused remainder (a dead i64.rem_s that',
  '  wazero executed): 0.48 -> 0.34 G instructions under wazero, C\'s 0.34. fannkuch\'s flip loop polls for',
  '  the collector after its six slow paths, not at its header (MAX_EDGE_POLLS 8): 1.42 -> 1.33.',
  '- Gaps: fib still pays the tagged `+` (the next note removed its frame pointer load and pop and its',
  '  exception checks), and C\'s clang turns one of the two recursive calls into a loop; fannkuch\'s',
  '  bounds tests stay (no length facts; its item tag tests went with item intervals, below); tuple items are not typed',
  '  per position; deltablue\'s `pop(0)` moves the whole list each time (as CPython does); ints and',
  '  floats are boxed words in instance slots (raytrace: three float boxes per Vec are most of rt_alloc).',
  '- Calls (fib, step 2): a call of a program function whose result is next tested for a small int (the',
  '  tag test of an inlined `+`, or of a conditional frame push) tests only that tag; the pending-exception',
  '  check runs when it fails (src/passes/excfuse.ts: a program function that raises returns the unbound',
  '  word, never a small int). A frame pushed only for a non-small-int call result runs its own copy of the',
  '  rest of the function (gcroots `pushedCopy`, at most 120 instructions), so the small-int path neither',
  '  loads RT_GC_SP at entry nor stores it back at its rets. fib, one run each (user-space',
  '  instructions, load ~18): wazero 2.09 -> 1.45 G, node (memrun) 1.77 -> 1.52 G (C: 0.74 and 1.00; start-up',
  '  0.09 G of compiling the module under wazero, 0.53 G of node). What remains against C: clang turns the',
  '  second recursive call into a loop (half the calls), and each call still tests the recursion depth, the',
  '  base case and the tags and overflow of the `+`.',
  '- Module-level loops (sieve) and list loops (nbody): a module global that only the module body names',
  '  (src/passes/modglobals.ts) is an SSA value of the body, as a local is in a function: sieve\'s counting',
  '  loop over `flags` no longer reads and writes wasm globals and tests them for NameError each trip, and',
  '  inference types count, total and i as ints (wazero 1.03 -> 0.95 G instructions, node 1.49 -> 1.28 G; C',
  '  0.74 and 1.13). A `for` loop over a proven list keeps an i32 index instead of an iterator object',
  '  (src/passes/listiter.ts, rt_list_next_at reads item i at the current length, as CPython\'s list',
  '  iterator does): nbody\'s `for b in bodies` allocated an iterator 200000 times and called',
  '  rt_list_get per item (wazero 0.89 -> 0.75 G, node 1.02 -> 0.95 G; C 0.61 and 0.78; its memory 7.6 ->',
  '  1.5 MB). The object programs\' list loops gain a little (wazero, listiter off/on: raytrace 4.43 -> 4.30 G,',
  '  richards 4.81 -> 4.78, deltablue 11.88 -> 11.71). One run each, load ~18.',
  '- Loops that never tier up (src/passes/outline.ts): V8 runs a wasm function in baseline code (Liftoff)',
  '  until it has run enough, then compiles it with TurboFan, but only later calls get the optimized code',
  '  (no on-stack replacement for wasm), so a hot loop in a function called once (fannkuch\'s fannkuch,',
  '  nbody\'s advance, mandelbrot\'s mandelbrot, sieve\'s module body) ran in Liftoff code to the end (node',
  '  --no-liftoff: fannkuch 1.66 -> 1.34 G instructions). The outermost loops of module bodies and of the',
  '  functions they call outside loops now run in functions of their own, about 1000 trips (of the loop',
  '  and of the loops directly in it) per call; the exit values travel through memory after a poll. Node',
  '  (memrun, min of 3, load ~20, start-up 0.53 G): fannkuch 1.66 -> 1.28 G, mandelbrot 1.10 -> 0.86,',
  '  nbody 1.00 -> 0.91, sieve 1.32 -> 1.22 (C: 0.79, 0.88, 0.83, 1.18; C\'s loops in main stay in Liftoff',
  '  too); spectral_norm\'s and fib\'s hot code is in functions called many times (unchanged). wazero',
  '  compiles everything with its optimizing compiler up front, so there the chunks only cost: the trip',
  '  count is an i32 carried through the inner loops (runtime alone, compile cached: sieve 0.85 -> 0.88',
  '  G, fannkuch 1.18 -> 1.21, mandelbrot 0.36 -> 0.35).',
  '- Objects (pobj, docs/object-model.md "Decided class switches", "Attributes always set"): a class',
  '  switch true for every class its receiver can be is folded (it was left whole once its first tests',
  '  folded), and the empty-slot test of an attribute every `__init__` stores before `self` can be read',
  '  (src/passes/initattrs.ts) is dropped with its rt_getattr fallback, frame and poll; raytrace\'s Vec',
  '  operators called by the runtime are split (`$rt` copies, splitrt.ts) so the program\'s calls keep their',
  '  types; `l.remove(x)` on a list (no `__eq__` in the program) and reads of names like `offset` on',
  '  instances no longer make deltablue\'s constraints anything. One `memrun` run each, user-space',
  '  instructions (node start-up 0.53 G), load ~20: richards 2.98 -> 2.18 G, raytrace 2.62 -> 2.28,',
  '  deltablue 6.53 -> 5.67 (CPython 15.6, 13.8, 15.3 G).',
  '- Raw float slots (pobj, src/passes/rawslots.ts, docs/object-model.md "Raw float slots"): an attribute',
  '  that every class keeping it at its slot offset always has set (initattrs) and only ever holds floats',
  '  (attrtypes) is a raw f64 in the instance: no float box per store, no pointer chase per read; the class\'s',
  '  CLASS_RAW mask tells the collector and the runtime\'s by-name paths. raytrace 3.85 -> 3.18 G',
  '  instructions (one run, node included, load ~6; CPython 13.7 G). `float(x)` of a number is now a float',
  '  to inference. Gaps: a Vec per operator result (allocation, rt_inst_new\'s empty-slot fill) remains;',
  '  comprehensions over range() give their variable no type (so `float(i)` there is anything).',
  '- Strings and dicts (std part; docs/object-model.md "String and dict speed"): json_build\'s and wordcount\'s',
  '  sizes were raised (N 10000 -> 150000 and 1000000 -> 2000000, code unchanged) so CPython runs ~1 s',
  '  instead of 0.08 s and 0.57 s, of which node\'s start-up was most of json_build. Short string copies',
  '  move i64 words in line (V8\'s memory.copy is a call out of the code with a lock: `"x" * 110` copied',
  '  one byte per memory.copy and `s * n` now doubles); repr of plain ASCII strs is one copy; find/split',
  '  scan one-byte strs 8 bytes a step; f-strings of 2-4 parts need no tuple; `", ".join(x)` is known to',
  '  be a str, so `"[" + ... + "]"` and `out[i]` specialize to rt_str_concat and rt_str_geti; one-digit',
  '  str(i) is static; a dict finds the key it last found or inserted without hashing (DK_LAST), so',
  '  `d[k] = d.get(k, 0) + 1` and `k in d` then `d[k] += 1` probe once. Instructions of `keel run` (its',
  '  fixed cost ~2.2 G: the CLI and two node start-ups), before/after, at the old sizes on a loaded',
  '  machine: json_build (N 100000) 6.83 -> 6.09 G, wordcount (N 1000000) 4.40 -> 4.11 G; CPython 9.6 G',
  '  and 6.2 G. Gaps: render()\'s isinstance chains and truth tests stay generic (its argument is',
  '  anything), every str is a separate allocation (rt_alloc zeroes freed cells with memory.fill, another',
  '  out-of-line call), f-string format specs are parsed on every call, and wordcount\'s time is',
  '  mostly the random probes of a 100003-entry dict and set (as in CPython) plus the set\'s generic add.',
  '- Allocator and collector (std, docs/object-model.md "Runtime speed"): rt_alloc\'s fast path zeroes a',
  '  free cell with i64 stores (no memory.fill call) and tests one bump limit; heap setup, fresh pages,',
  '  large objects and the memory-reserve test are rt_alloc_slow\'s. The mark stack holds unread',
  '  candidates, so an object\'s header is read once, with its items (a depth-first walk of a tree used to',
  '  read every left child again long after pushing it: a cache miss per node). `list.pop(0)` of a list',
  '  of more than 16 items moves LIST_BUF forward over a header written in the popped slot (GC_VIEW) instead',
  '  of moving the rest: deltablue pops 228000 times from lists of ~20000 (CPython memmoves them). `a + b +',
  '  c` of proven strs is one allocation (strcat.ts): json_build\'s `"[" + join + "]"` no longer copies',
  '  21 MB twice. User cycles of one node run (perf, load ~20), before/after: deltablue 4.05 -> 2.73 G,',
  '  binary_trees 2.81 -> 2.16 G (instructions 9.21 -> 7.12 G), json_build 3.14 -> 2.79 G; json_build\'s',
  '  memory 107 -> 90 MB. Gaps: raytrace\'s rt_alloc time is the sheer number of Vec and float boxes (the',
  '  function is ~30 instructions); the sweep writes every dead cell; wordcount is dict and set probes.',
  '- Allocation, second step (std): the sweep zeroes each object once, when it finds it dead, and frees a page',
  '  with no live cell after a pass that only reads headers (binary_trees\' dead trees are never written),',
  '  so rt_alloc no longer zeroes; rt_tuple_new (tuples of up to 14 items) and rt_box_float take their cell',
  '  in line (one call per tuple display instead of three: rt_tuple_new -> rt_tuple_alloc -> rt_alloc);',
  '  `s.add(k)`, `d.get(k)` and `k in d` reach the set or dict routine without three small calls each. One',
  '  memrun run each, user-space instructions (node start-up ~0.53 G), load ~16: binary_trees 5.41 -> 4.74 G,',
  '  raytrace 2.22 -> 1.87, wordcount 4.33 -> 4.05, json_build 6.13 -> 6.01, deltablue 5.45 -> 5.42, richards',
  '  unchanged (CPython 3.12: 20.1, 13.8, 12.2, 14.4, 15.3, 15.7 G). What is left: binary_trees marks its long-lived',
  '  tree at each of its 95 collections (the live heap, 7.6 MB, is as big as the threshold); a growth factor',
  '  above 2 trades that for memory (1.5x the live heap: 4.32 G but 26.6 MB instead of 17.8). wordcount\'s',
  '  `(x >> 8) % m` goes through the generic rt_rshift (no int specialization of shifts) and `buckets[v] += 1`',
  '  through rt_iadd; V8 never moves a running function to its optimized code, so a loop in a function called',
  '  once (wordcount\'s count, json_build\'s main) runs in Liftoff\'s code to its end (no on-stack replacement).',
  '- wazero\'s start (std, measured): compiling an object benchmark\'s module costs 0.48-0.90 G instructions',
  '  (binary_trees 0.48, json_build 0.51, wordcount 0.55, raytrace 0.59, deltablue 0.90; hello 0.008), the',
  '  programs run with N = 2. binary_trees reaches 614 functions; its own code needs ~190: any one of four',
  '  generic calls in it reaches the other ~420 (`2 ** k`: rt_pow; `max(a, b)`: rt_minmax; rt_lt after them;',
  '  rt_getitem, the fallback of the inlined tuple index): int-only and tuple-only entries, as int_ops.py and',
  '  narrow.py did for the numeric programs, would shrink it to about their size.',
  '- Narrow entries for the object programs (std, docs/object-model.md "Narrow entries"): `**`, `>>`, `<<` of',
  '  proven ints, comparisons of numbers that may be floats, `max(a, b)` of ints and the tuple-index fallback',
  '  call int-only or tuple-only runtime functions: binary_trees 621 -> 252 functions, 174 -> 64 KB, wazero',
  '  10.8 -> 10.0 G instructions (node unchanged, 4.7 G); wordcount\'s `(x >> 8)` is in line: 4.03 -> 3.68 G',
  '  under node (CPython 12.2 G). One run each, load ~10.',
  '- Sweep (std): marking also sets a flag in the page header of each object it marks, so the sweep frees a',
  '  small-object page no cell of which was marked without reading its cells (it read every header, 512 per',
  '  page of binary_trees\' dead tuples). `ord(s[i])` is one call reading the code point (no one-character',
  '  str: json_build\'s checksum). One memrun run each, user-space instructions, load ~22: binary_trees 4.71 ->',
  '  4.43 G (user cycles, best of 3: 1.05 -> 0.97 G), json_build 6.00 -> 5.75, deltablue 5.45 -> 5.41.',
  '  Measured and not kept: a collection threshold of 1.5x or 2x the live heap instead of 1x (binary_trees',
  '  marks its long-lived tree at each of its 95 collections) saves instructions (4.43 -> 4.07 / 3.92 G) but',
  '  hardly cycles (0.97 -> 0.96 / 0.93 G), for 26.6 / 39.9 MB of memory instead of 17.8.',
  '- `x += n` of an int n and an x of unknown type (wordcount\'s `buckets[v] += 1`) adds small ints in line',
  '  (rt_iadd_int): wordcount 3.68 -> 3.58 G (memrun, load ~22).',
  '- Item intervals (pnum, src/passes/items.ts): before inlining hides list reads in loads, the range analysis',
  '  follows the int items of each list site that never escapes (stores, appends, `[0] * n` and `a + b` copies,',
  '  `list(range(a, b))`); a read of a list whose items are proven small ints carries their interval',
  '  (`int.within`, dropped by expand), so fannkuch\'s `k = perm[0]`, `while i < j`, `j -= 1` and `perm[j]`',
  '  run with no tag or overflow tests: fannkuch_redux 1.24 -> 0.97 G instructions under wazero (warm',
  '  compile cache, valgrind; the others unchanged).',
  '',
  '## Compile time',
  '',
  '- The compile column is one `keel build` as a user runs it: a fresh node process, wall clock from',
  "  spawn to exit, node's own start-up (`node -e 0`, given with the targets) included.",
  '- Most of a program is the runtime it reaches (fib: ~470 functions, 3 of them its own). With the',
  '  precompiled runtime (`node dist/src/link/build.js` after `tsc`, docs/architecture.md), the runtime is',
  "  neither parsed, lowered, optimized nor code-generated per program: its code is replayed (fib: ~570 of",
  "  ~640 functions); what remains is the program's own functions and, when it has classes with special",
  '  methods or generators, the runtime functions that can reach them. Without a current artifact',
  '  (missing, or made from other sources) the whole pipeline runs and the times are several times higher.',
  '- Measured 2026-11-22 on a heavily loaded machine (load average ~22 on 2 CPUs, so wall clocks are',
  "  meaningless there): CPU seconds (user + sys) of one fresh `keel build`, precompiled runtime / whole",
  '  pipeline: fib 0.41 / 1.90, sieve 0.57 / 2.13, mandelbrot 0.43 / 2.14, spectral_norm 0.63 / 2.42,',
  '  nbody 0.73 / 2.22, fannkuch_redux 0.63 / 2.32, binary_trees 0.60 / 2.58, json_build 0.63 / 2.59,',
  '  wordcount 0.63 / 2.28; the programs whose classes have special methods keep a third of the runtime',
  '  in the pipeline: raytrace 1.99 / 2.94, richards 3.33 / 4.01, deltablue 3.60 / 4.44; hello world',
  '  (never allocates) falls back to the whole pipeline. `node -e 0` takes 0.04 s of CPU.',
  '',
];

export function renderDoc(results: ProgramResult[], info: RunInfo): string {
  return [
    '# Benchmarks',
    '',
    'Written by the benchmark harness, `scripts/bench/run.ts`; do not edit the numbers by hand, rerun it.',
    '',
    `- Date: ${info.date}`,
    `- Machine: ${info.machine}`,
    `- Command: \`${info.command}\``,
    ...info.tools.map((t) => `- ${t}`),
    `- Runs: the median of ${info.reps} timed run(s) of every variant, interleaved (CPython, then Keel and C under each runtime, round after round), after one untimed run of each module; Keel's compile time is the median wall clock of ${info.compileRuns} fresh \`keel build\` processes (bin/keel.js run through its \`#!\` line, which clears NODE_EXTRA_CA_CERTS; node's start-up, ${info.nodeStartMs === undefined ? 'not measured' : `${info.nodeStartMs.toFixed(0)} ms for \`node -e 0\``}, included).`,
    '',
    '## How to read this',
    '',
    '- Each benchmark in `scripts/bench/programs/` is plain unannotated Python (`<name>.py`) and the same',
    '  algorithm in C (`<name>.c`, `clang --target=wasm32-wasi -O2`). Every output is compared with',
    "  CPython 3.12's; a wrong output or a non-zero exit marks the cell FAILED and gives no time.",
    '- Times are the wall clock of a whole process: `python3 prog.py`, or the runtime started as',
    '  `keel run --runtime R` starts it (src/run), so they include start-up and the runtime compiling',
    '  the module. The `hello (start-up)` rows are that fixed cost (the C hello-world module); Keel/C',
    "  is computed on times net of it (each at least 1 ms), so it compares the programs' own work.",
    '  CPython/Keel is the plain ratio of wall clocks.',
    "- Memory: a module's linear memory at exit under node:wasi (it never shrinks, so it is the peak);",
    "  CPython's peak resident set (`/usr/bin/time -v`), which includes the interpreter itself.",
    '- Sizes: Keel modules keep their name section (function names in traps and profilers); the C',
    '  modules are linked with `-Wl,--strip-all`.',
    '- Keel level: -O2 is measured when it compiles and prints the right output; otherwise -O0, with a note.',
    '',
    '## Results',
    '',
    renderTables(results, info),
    '',
    ...(info.notes.length ? ['## Notes', '', ...info.notes.map((n) => `- ${n}`), ''] : []),
    ...PERF_NOTES,
    '## Running it',
    '',
    '```',
    'npx tsc -p tsconfig.json && node dist/scripts/bench/run.js [--runtime R[,R]] [--only NAME[,NAME]] [--reps N] [--quick]',
    '    [--compile-runs N] [--timeout SECONDS] [--out FILE | --no-write]',
    '```',
    '',
    '- `--runtime`: node, shim, wasmtime, wazero, wasmer (default: node, wasmtime, wazero and wasmer where',
    '  installed); `--only`: some programs (the hello row always runs: it is the start-up baseline);',
    '  `--reps`: timed runs per variant (default 3); `--quick`: 1 timed run and 1 compile run;',
    "  `--timeout`: per module run (default: 5x CPython's time, at least 10 s). A full run writes this",
    '  file; a run with `--only` writes nothing unless `--out` is given. C modules are cached under',
    '  `$TMPDIR/keel-bench/c/`, keyed by a hash of the source, the flags and the clang version.',
    '',
    '## Adding a benchmark',
    '',
    'Add `scripts/bench/programs/<name>.py` (no annotations, its size a constant at the top, printing',
    'integer checksums; floats as `round(x * 1e9)`, which C prints as `(long long)rint(x * 1e9)`) and',
    "`<name>.c` with the same algorithm and the same float operations in the same order. Check the C",
    'output against CPython once, then run `node dist/scripts/bench/run.js --only <name>`.',
    '',
  ].join('\n');
}
