// Precompiled runtime functions in a program's IR module: a Func with no body and a `frozen`
// record (src/link/artifact.ts), which the passes read facts from and the code generator emits.
import { Func } from '../ir/function.js';
import type * as ast from '../parse/ast.js';
import type { SourceModule } from '../lower/program.js';
import type { Frozen, FrozenEntry, FrozenVariant, Precompiled, RuntimeSignature } from './artifact.js';
import { LinkFallback, type FrozenCode } from './code.js';
import { deserializeFunc, type SerialFunc } from './serialize.js';

/** A bodiless Func standing for the precompiled `entry` (its "live" variant until the inline
 * pass, which decides the variant, runs). */
export function frozenFunc(entry: FrozenEntry): Func {
  const f = new Func(entry.name, [...entry.params], [...entry.results]);
  f.frozen = new FrozenRef(entry, entry.live);
  return f;
}

/** Func.frozen (a class: a compile makes a few hundred, and an object literal with a getter
 * defines the getter on each). */
class FrozenRef implements Frozen {
  constructor(
    readonly entry: FrozenEntry,
    public variant: FrozenVariant,
  ) {}
  get code(): FrozenCode {
    return this.variant.code;
  }
}

/** Chooses the variant of a precompiled function: optimized as reached by user code or not. */
export function selectVariant(f: Func, live: boolean): void {
  const fr = f.frozen!;
  const v = live ? fr.entry.live : fr.entry.dead;
  if (!v) throw new LinkFallback(`no precompiled variant of ${f.name} for ${live ? '' : 'un'}reached code`);
  fr.variant = v;
}

/** The precompiled function for runtime function `name`, if the artifact has one this program
 * can use (`stubsKept`: the program replaced none of the runtime's stubs; otherwise the stubs are
 * opaque, and a function that reaches one takes its opaque variants). */
export function frozenFor(art: Precompiled | undefined, name: string, stubsKept: boolean): FrozenEntry | undefined {
  const e = art?.entry(name);
  if (!e) return undefined;
  if (e.stubFree || stubsKept) return e;
  return e.opaque && { ...e, live: e.opaque.live, dead: e.opaque.dead };
}

/** The lowered body of runtime function `name` (not precompiled itself: it reaches a stub or a
 * user function, so the passes run over it with the program), when the artifact has it. */
export function loweredBody(art: Precompiled | undefined, name: string): SerialFunc | undefined {
  return art?.loweredBody(name);
}

/** Fills the bodiless `f` with a stored lowered body. */
export function loadBody(f: Func, body: SerialFunc): void {
  const g = deserializeFunc(body);
  f.valueTypes.push(...g.valueTypes);
  f.valueDefs.push(...g.valueDefs);
  f.insts.push(...g.insts);
  f.blocks.push(...g.blocks);
  f.blockOrder = g.blockOrder;
}

/**
 * The runtime modules as lowerProgram needs them when every runtime function's body comes from
 * the artifact: each module's functions in source order, with their signatures (an empty AST,
 * SourceModule.signatures). Parsing stdlib/_rt is then not needed.
 */
export function runtimeInterface(art: Precompiled): SourceModule[] | undefined {
  if (!art.modules) return undefined;
  return art.modules.map((m) => ({ name: m.name, file: m.file, typed: true, signatures: m.funcs, ast: { _type: 'Module', type_ignores: [], body: [] } as unknown as ast.Module }));
}

/** The Name nodes of signatureDef's annotations, one per type (runtime modules' ASTs are only
 * read), and its `None` result. */
const annotations = new Map<string, ast.Name>();
const annotation = (id: string): ast.Name => {
  let n = annotations.get(id);
  if (!n) annotations.set(id, (n = { _type: 'Name', id, ctx: { _type: 'Load' }, lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 0 } as ast.Name));
  return n;
};
const none = { _type: 'Constant', value: null, kind: null, lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 0 } as unknown as ast.expr;

/** A runtime function's signature as the FunctionDef with an empty body that stands for it
 * (made only when a compile asks for a runtime FuncInfo's node: few do). */
export function signatureDef([fname, params, result]: RuntimeSignature): ast.FunctionDef {
  return {
    _type: 'FunctionDef',
    name: fname,
    args: { _type: 'arguments', posonlyargs: [], args: params.map(([arg, t]) => ({ _type: 'arg', arg, annotation: annotation(t), type_comment: null, lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 0 })), vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [] },
    body: [],
    decorator_list: [],
    returns: result === null ? none : annotation(result),
    type_comment: null,
    type_params: [],
    lineno: 1,
    col_offset: 0,
    end_lineno: 1,
    end_col_offset: 0,
  } as unknown as ast.FunctionDef;
}
