// The precompiled runtime (docs/architecture.md "The precompiled runtime"): what the build step
// (src/link/build.ts) writes to dist/runtime.O<level>.json, and how a compile finds it. The
// artifact is keyed by a hash of the compiler (dist/src/**/*.js) and of the runtime's sources
// (stdlib/_rt/*.py); a missing or stale artifact is never used (the compile runs the whole
// pipeline, as before).
import { createRequire } from 'node:module';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IrType } from '../ir/types.js';
import type { FrozenCode } from './code.js';
import type { SerialFunc } from './serialize.js';
import { stdlibRoot } from '../driver/stdlib.js';
import { distStamp } from './stamp.js';

/** What the passes and the code generator need of one precompiled function in one variant. */
export interface FrozenVariant {
  /** checkelim's "may raise" (runtime functions), at checkelim and at checkelim-late. */
  mayRaiseCheck: boolean;
  mayRaiseCheckLate: boolean;
  /** depth's "may run user code". */
  runsUser: boolean;
  /** gcroots' "a call may collect" and "a call may allocate" (which places the loop polls). */
  mayCollect: boolean;
  mayAllocate: boolean;
  /** gcroots changed it: its code serves only a program with the collector (one that allocates). */
  rooted: boolean;
  /** The body after the inline pass, for a function small enough to be inlined into others. */
  snapshot?: SerialFunc;
  /** The snapshot tidied as the inline pass tidies a runtime callee of a user function
   * (inline.ts tidiedSnapshot, no pass disabled). */
  tidied?: SerialFunc;
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
  /** Its lowered body may give an exception a non-str argument (prune, src/passes/excargs.ts). */
  excArgs?: true;
  /** It reaches none of the stubs a program may replace (build.ts STUBS): usable in any program.
   * Otherwise it was optimized with the stubs' own bodies: usable only where none was replaced. */
  stubFree: boolean;
  /** Optimized as a function user code reaches (inlining into it), and as one it does not. */
  live: FrozenVariant;
  dead?: FrozenVariant;
  /** A function that reaches a stub, optimized with the stubs opaque (Func.opaque): for the
   * programs that replaced one (the variants above serve those that replaced none). */
  opaque?: { live: FrozenVariant; dead?: FrozenVariant };
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
  modules?: { name: string; file: string; funcs: RuntimeSignature[] }[];
}

/** A runtime function's name, parameters (name, type) and result type (null: none). */
export type RuntimeSignature = [name: string, params: [string, IrType][], result: IrType | null];

/** What a Func of a program carries when its body is precompiled (Func.frozen). */
export interface Frozen {
  entry: FrozenEntry;
  variant: FrozenVariant;
  /** The code to emit (the chosen variant's; read from the artifact when first asked for, so a
   * function whose other variant the inline pass picks never parses this one's). */
  readonly code: FrozenCode;
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
  // node:crypto is loaded only here: a compile whose artifact stamp matches never hashes, and
  // loading the module was a few ms of every fresh `keel build`.
  const { createHash } = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
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
  const rt = filesUnder(join(stdlibRoot(), '_rt'), '.py', []).sort();
  return [srcStamp ?? distSrcStamp(), ...rt.map((f) => {
    const st = statSync(f);
    return `${f}:${st.size}:${st.mtimeMs}`;
  })].join('|');
}

/** dist/src's part of sourceStamp, when the bundle (src/cli/bundle.ts) has made it: the bundle
 * runs only when dist/src's .js files are exactly those it was made from, which it checks by
 * making this very string, so a compile need not list and stat them a second time. */
let srcStamp: string | undefined;

export function setSrcStamp(stamp: string): void {
  srcStamp = stamp;
}

/** The names (from dist/), sizes and modification times of dist/src's .js files (stamp.ts). */
const distSrcStamp = (): string => distStamp(dirname(distSrc()));

/** The precompiled runtime as a compile reads it: each function's record is parsed when the
 * compile first asks for it (a program reaches about half of the runtime, and uses one variant
 * of each function's code). */
export interface Precompiled {
  readonly key: string;
  readonly optLevel: number;
  readonly modules: NonNullable<Artifact['modules']> | undefined;
  /** How many functions it precompiles. */
  readonly size: number;
  entry(name: string): FrozenEntry | undefined;
  loweredBody(name: string): SerialFunc | undefined;
}

type Slice = [offset: number, length: number];

/** A runtime function's signature as the header stores it: then where its entry and its lowered
 * body are (offset -1: none). */
type StoredSignature = [...RuntimeSignature, entryAt: number, entryLength: number, loweredAt: number, loweredLength: number];

interface Header {
  key: string;
  stamp?: string;
  optLevel: number;
  modules?: { name: string; file: string; funcs: StoredSignature[] }[];
  /** The records of functions no module lists (none when the artifact has its modules). */
  entries: Record<string, Slice>;
  lowered: Record<string, Slice>;
}

/**
 * The file: one line of JSON (the header: key, modules, where each record is), then the records'
 * JSON texts one after another. A variant's code, snapshot and tidied snapshot are records of their own, which
 * the entry names by their slices. Where a function's entry and lowered body are is stored with its
 * signature: two objects keyed by ~1400 names each (their keys made into internalized strings and
 * inserted in dictionaries) were ~10 M instructions of the header's JSON.parse, in every compile.
 */
export function encodeArtifact(a: Artifact): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  const put = (v: unknown): Slice => {
    const b = Buffer.from(JSON.stringify(v));
    parts.push(b);
    const s: Slice = [at, b.length];
    at += b.length;
    return s;
  };
  const variant = (v: FrozenVariant | undefined) => v && { ...v, code: put(v.code), snapshot: v.snapshot && put(v.snapshot), tidied: v.tidied && put(v.tidied) };
  const entries: Record<string, Slice> = {};
  for (const [name, e] of Object.entries(a.funcs)) entries[name] = put({ ...e, live: variant(e.live), dead: variant(e.dead), opaque: e.opaque && { live: variant(e.opaque.live), dead: variant(e.opaque.dead) } });
  const lowered: Record<string, Slice> = {};
  for (const [name, f] of Object.entries(a.lowered ?? {})) lowered[name] = put(f);
  const listed = new Set<string>();
  const modules = a.modules?.map((m) => ({
    ...m,
    funcs: m.funcs.map((sig): StoredSignature => {
      listed.add(sig[0]);
      const e = Object.prototype.hasOwnProperty.call(entries, sig[0]) ? entries[sig[0]] : undefined;
      const l = Object.prototype.hasOwnProperty.call(lowered, sig[0]) ? lowered[sig[0]] : undefined;
      return [...sig, e?.[0] ?? -1, e?.[1] ?? 0, l?.[0] ?? -1, l?.[1] ?? 0];
    }),
  }));
  const unlisted = (r: Record<string, Slice>) => Object.fromEntries(Object.entries(r).filter(([name]) => !listed.has(name)));
  const header: Header = { key: a.key, stamp: a.stamp, optLevel: a.optLevel, modules, entries: unlisted(entries), lowered: unlisted(lowered) };
  return Buffer.concat([Buffer.from(JSON.stringify(header) + '\n'), ...parts]);
}

/**
 * The artifact as a compile reads it: the header when loaded, each record from the file when first
 * asked for (one positioned read). A program reads about a tenth of the file (hello: the 171 KB
 * header and ~450 records of 11.5 MB); reading all of it cost every fresh build ~4 ms of CPU. The
 * file stays open for the process: build.ts replaces an artifact by renaming a new file over it,
 * so an artifact loaded before keeps reading the file it was loaded from.
 */
class LoadedArtifact implements Precompiled {
  private readonly entries = new Map<string, FrozenEntry>();
  private scratch = Buffer.allocUnsafe(1 << 16);
  /** The modules' functions by name (made when first needed). */
  private signatures: Map<string, StoredSignature> | undefined;
  constructor(
    private readonly fd: number,
    private readonly base: number,
    private readonly header: Header,
  ) {}
  get key(): string {
    return this.header.key;
  }
  get optLevel(): number {
    return this.header.optLevel;
  }
  get modules(): Artifact['modules'] {
    // (a stored signature is a RuntimeSignature followed by its slices, which readers ignore)
    return this.header.modules as unknown as Artifact['modules'];
  }
  get size(): number {
    let n = Object.keys(this.header.entries).length;
    for (const m of this.header.modules ?? []) for (const f of m.funcs) if (f[3] >= 0) n++;
    return n;
  }
  /** One record (also LoadedVariant's). */
  read<T>(s: Slice): T {
    return this.readAt<T>(s[0], s[1]);
  }
  private readAt<T>(at: number, length: number): T {
    if (length > this.scratch.length) this.scratch = Buffer.allocUnsafe(length);
    const n = readSync(this.fd, this.scratch, 0, length, this.base + at);
    if (n !== length) throw new Error('link: the precompiled runtime changed while it was read');
    return JSON.parse(this.scratch.toString('utf8', 0, n)) as T;
  }
  private signature(name: string): StoredSignature | undefined {
    if (!this.signatures) {
      this.signatures = new Map();
      for (const m of this.header.modules ?? []) for (const f of m.funcs) this.signatures.set(f[0], f);
    }
    return this.signatures.get(name);
  }
  entry(name: string): FrozenEntry | undefined {
    let e = this.entries.get(name);
    if (e) return e;
    const sig = this.signature(name);
    const s = sig ? (sig[3] >= 0 ? ([sig[3], sig[4]] as Slice) : undefined) : Object.prototype.hasOwnProperty.call(this.header.entries, name) ? this.header.entries[name] : undefined;
    if (!s) return undefined;
    // The parsed record becomes the entry: its variants' slices are replaced by loaded variants.
    const raw = this.read<StoredEntry>(s);
    const { live, dead, opaque } = raw;
    e = raw as unknown as FrozenEntry;
    e.live = new LoadedVariant(this, live);
    e.dead = dead && new LoadedVariant(this, dead);
    e.opaque = opaque && { live: new LoadedVariant(this, opaque.live), dead: opaque.dead && new LoadedVariant(this, opaque.dead) };
    this.entries.set(name, e);
    return e;
  }
  loweredBody(name: string): SerialFunc | undefined {
    const sig = this.signature(name);
    if (sig) return sig[5] >= 0 ? this.readAt<SerialFunc>(sig[5], sig[6]) : undefined;
    const s = Object.prototype.hasOwnProperty.call(this.header.lowered, name) ? this.header.lowered[name] : undefined;
    return s && this.read<SerialFunc>(s);
  }
}

/** A variant as its entry's record stores it: the facts, and where its code and snapshots are. */
type StoredVariant = Omit<FrozenVariant, 'code' | 'snapshot' | 'tidied'> & { code: Slice; snapshot?: Slice; tidied?: Slice };
type StoredEntry = Omit<FrozenEntry, 'live' | 'dead' | 'opaque'> & { live: StoredVariant; dead?: StoredVariant; opaque?: { live: StoredVariant; dead?: StoredVariant } };

/**
 * A variant of a loaded entry: its code and snapshots are read from the file when first asked for.
 * A class, so that the ~500 variants a compile loads share one map and their getters (an object
 * literal with a spread and getters, per variant, was ~5 M instructions of hello's build).
 */
class LoadedVariant implements FrozenVariant {
  readonly mayRaiseCheck: boolean;
  readonly mayRaiseCheckLate: boolean;
  readonly runsUser: boolean;
  readonly mayCollect: boolean;
  readonly mayAllocate: boolean;
  readonly rooted: boolean;
  private readonly slices: StoredVariant;
  private codeRecord?: FrozenCode;
  private snapshotRecord?: SerialFunc;
  private tidiedRecord?: SerialFunc;
  constructor(
    private readonly art: LoadedArtifact,
    v: StoredVariant,
  ) {
    this.mayRaiseCheck = v.mayRaiseCheck;
    this.mayRaiseCheckLate = v.mayRaiseCheckLate;
    this.runsUser = v.runsUser;
    this.mayCollect = v.mayCollect;
    this.mayAllocate = v.mayAllocate;
    this.rooted = v.rooted;
    this.slices = v;
  }
  get code(): FrozenCode {
    return (this.codeRecord ??= this.art.read<FrozenCode>(this.slices.code));
  }
  get snapshot(): SerialFunc | undefined {
    const s = this.slices.snapshot;
    return s && (this.snapshotRecord ??= this.art.read<SerialFunc>(s));
  }
  get tidied(): SerialFunc | undefined {
    const s = this.slices.tidied;
    return s && (this.tidiedRecord ??= this.art.read<SerialFunc>(s));
  }
}

/** The artifact without its precompiled functions: only the runtime's signatures and lowered
 * bodies, which spare a compile parsing and lowering stdlib/_rt. For a program the precompiled
 * code cannot serve (one that never allocates: that code is rooted for the collector). */
export function bodiesOnly(art: Precompiled): Precompiled {
  return { key: art.key, optLevel: art.optLevel, modules: art.modules, size: 0, entry: () => undefined, loweredBody: (name) => art.loweredBody(name) };
}

/** The header (the file's first line) and where the records start; none when the file has no line. */
function readHeader(fd: number): { header: Header; base: number } | undefined {
  let buf = Buffer.allocUnsafe(1 << 18);
  let len = 0;
  for (;;) {
    const n = readSync(fd, buf, len, buf.length - len, len);
    if (n === 0) return undefined;
    const nl = buf.subarray(0, len + n).indexOf(10, len);
    len += n;
    if (nl >= 0) return { header: JSON.parse(buf.toString('utf8', 0, nl)) as Header, base: nl + 1 };
    if (len === buf.length) {
      const bigger = Buffer.allocUnsafe(buf.length * 2);
      buf.copy(bigger, 0, 0, len);
      buf = bigger;
    }
  }
}

const loaded = new Map<number, Precompiled | null>();

/** The artifact for this opt level, when there is one made from the current sources. */
export function loadArtifact(optLevel: number): Precompiled | undefined {
  if (process.env.KEEL_NO_PRECOMPILED === '1') return undefined;
  if (loaded.has(optLevel)) return loaded.get(optLevel) ?? undefined;
  let art: Precompiled | null = null;
  const p = artifactPath(optLevel);
  if (existsSync(p)) {
    let fd: number | undefined;
    try {
      fd = openSync(p, 'r');
      const h = readHeader(fd);
      if (h && h.header.optLevel === optLevel && ((h.header.stamp !== undefined && h.header.stamp === sourceStamp()) || h.header.key === sourceKey())) art = new LoadedArtifact(fd, h.base, h.header);
    } catch {
      art = null; // unreadable (a build interrupted): the whole pipeline runs
    }
    if (!art && fd !== undefined) closeSync(fd);
  }
  loaded.set(optLevel, art);
  return art ?? undefined;
}

/** Forgets loaded artifacts and the source key (tests that rebuild them). */
export function resetArtifacts(): void {
  loaded.clear();
  keyCache = undefined;
}
