// The precompiled runtime (docs/architecture.md "The precompiled runtime"): what the build step
// (src/link/build.ts) writes to dist/runtime.O<level>.json, and how a compile finds it. The
// artifact is keyed by a hash of the compiler (dist/src/**/*.js) and of the runtime's sources
// (stdlib/_rt/*.py); a missing or stale artifact is never used (the compile runs the whole
// pipeline, as before).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IrType } from '../ir/types.js';
import type { FrozenCode } from './code.js';
import type { SerialFunc } from './serialize.js';
import { stdlibRoot } from '../driver/stdlib.js';

/** What the passes and the code generator need of one precompiled function in one variant. */
export interface FrozenVariant {
  /** checkelim's "may raise" (runtime functions), at checkelim and at checkelim-late. */
  mayRaiseCheck: boolean;
  mayRaiseCheckLate: boolean;
  /** depth's "may run user code". */
  runsUser: boolean;
  /** gcroots' "a call may collect". */
  mayCollect: boolean;
  /** The body after the inline pass, for a function small enough to be inlined into others. */
  snapshot?: SerialFunc;
  code: FrozenCode;
}

export interface FrozenEntry {
  name: string;
  params: IrType[];
  results: IrType[];
  /** The functions prune keeps for it (what its lowered body reaches, and its final code calls). */
  reach: string[];
  /** Its lowered body's direct calls, in order (the inline pass's call graph). */
  inlineCalls: string[];
  /** The inline pass's "raises by itself" (before any inlining). */
  raisesDirect: boolean;
  /** It reaches none of the stubs a program may replace (build.ts STUBS): usable in any program.
   * Otherwise it was optimized with the stubs' own bodies: usable only where none was replaced. */
  stubFree: boolean;
  /** Optimized as a function user code reaches (inlining into it), and as one it does not. */
  live: FrozenVariant;
  dead?: FrozenVariant;
}

export interface Artifact {
  key: string;
  /** sourceStamp() when it was built. */
  stamp?: string;
  optLevel: number;
  funcs: Record<string, FrozenEntry>;
  /** The lowered bodies of the runtime functions that are not precompiled (stubs included). */
  lowered?: Record<string, SerialFunc>;
  /** The runtime's modules in order, each with its functions' names, parameters (name, type)
   * and result type (null: none), so a compile need not parse stdlib/_rt (frozen.ts runtimeInterface). */
  modules?: { name: string; file: string; funcs: [string, [string, IrType][], IrType | null][] }[];
}

/** What a Func of a program carries when its body is precompiled (Func.frozen). */
export interface Frozen {
  entry: FrozenEntry;
  variant: FrozenVariant;
  /** The code to emit (the chosen variant's). */
  code: FrozenCode;
}

const distSrc = (): string => resolve(dirname(fileURLToPath(import.meta.url)), '..');

export function artifactPath(optLevel: number): string {
  return join(distSrc(), '..', `runtime.O${optLevel}.json`);
}

function filesUnder(dir: string, ext: string, out: string[]): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) filesUnder(p, ext, out);
    else if (e.name.endsWith(ext)) out.push(p);
  }
  return out;
}

let keyCache: string | undefined;

/** The files the artifact is made from: the compiler's modules and the runtime's sources. */
function sourceFiles(): { root: string; files: string[] } {
  const root = distSrc();
  return { root, files: [...filesUnder(root, '.js', []).sort(), ...filesUnder(join(stdlibRoot(), '_rt'), '.py', []).sort()] };
}

/** The hash of everything a precompiled runtime is made from: the compiler and the runtime. */
export function sourceKey(): string {
  if (keyCache !== undefined) return keyCache;
  const h = createHash('sha256');
  const { root, files } = sourceFiles();
  for (const f of files) {
    h.update(f.startsWith(root) ? f.slice(root.length) : f.slice(f.lastIndexOf('_rt')));
    h.update('\0');
    h.update(readFileSync(f));
    h.update('\0');
  }
  return (keyCache = h.digest('hex'));
}

/** The files' names, sizes and modification times: when they are what they were when the artifact
 * was built, its key is the key of the sources without reading them (a changed stamp falls back
 * to hashing the contents). */
export function sourceStamp(): string {
  const { files } = sourceFiles();
  return files.map((f) => {
    const st = statSync(f);
    return `${f}:${st.size}:${st.mtimeMs}`;
  }).join('|');
}

const loaded = new Map<number, Artifact | null>();

/** The artifact for this opt level, when there is one made from the current sources. */
export function loadArtifact(optLevel: number): Artifact | undefined {
  if (process.env.KEEL_NO_PRECOMPILED === '1') return undefined;
  if (loaded.has(optLevel)) return loaded.get(optLevel) ?? undefined;
  let art: Artifact | null = null;
  const p = artifactPath(optLevel);
  if (existsSync(p)) {
    try {
      const a = JSON.parse(readFileSync(p, 'utf8')) as Artifact;
      if (a.optLevel === optLevel && ((a.stamp !== undefined && a.stamp === sourceStamp()) || a.key === sourceKey())) art = a;
    } catch {
      art = null; // unreadable (a build interrupted): the whole pipeline runs
    }
  }
  loaded.set(optLevel, art);
  return art ?? undefined;
}

/** Forgets loaded artifacts and the source key (tests that rebuild them). */
export function resetArtifacts(): void {
  loaded.clear();
  keyCache = undefined;
}
