// What the lowering of one function needs to know about the program around it.
import type * as ast from '../parse/ast.js';
import type { IrType } from '../ir/types.js';
import type { Intrinsic } from './intrinsics.js';
import type { ClassInfo, ClassTable } from './classes.js';
import type { GenProgram } from './gen.js';
import type { IrModule } from '../ir/function.js';
import type { Scope, ScopeNode } from '../sema/scopes.js';
import type { Shadowing } from './shadowing.js';

/** A function being lowered: a runtime function, a user function known at compile time (a
 * module-level `def` never rebound, called directly), or the code of a function object (nested
 * defs, lambdas, rebound or decorated defs: `env` set, called through call.indirect). */
export interface FuncInfo {
  irName: string;
  /** The name tracebacks show (co_name). */
  pyName: string;
  node: ast.FunctionDef | ast.Lambda;
  params: string[];
  paramTypes: IrType[];
  /** null: the function returns nothing (runtime functions annotated `-> None`). */
  result: IrType | null;
  /** Default value expressions for the last len(defaults) positional params. */
  defaults: ast.expr[];
  module: ModuleInfo;
  /** Methods (classes.ts): the class, the name CPython's messages use (C.m), the kind. */
  cls?: ClassInfo;
  qualName?: string;
  methodKind?: 'method' | 'static' | 'class';
  /** A dataclass's generated __init__: how missing arguments are made (dataclasses.ts). */
  dcDefaults?: Map<string, import('./dataclasses.js').DcDefault>;
  /** Methods: the parameters are in the function object's slot order: positional ones (the
   * first `posonly` positional-only), `kwonly` keyword-only ones (defaults in kwDefaults), then
   * `*args` (vararg: the tuple of the extra positional arguments) and `**kwargs` (varkw). */
  vararg?: boolean;
  varkw?: boolean;
  posonly?: number;
  kwonly?: number;
  kwDefaults?: (ast.expr | null)[];
  /** User functions: __qualname__. */
  qualname?: string;
  /** The code takes the function object (env) before its slots: (env, s1..sn) -> obj. */
  env?: boolean;
  /** User functions: the scope (locals, cells, free variables). */
  scope?: Scope;
  /** Direct-call functions: the module statement index of the def (calls after it need no NameError check). */
  defIndex?: number;
  /** Direct-call functions: the function object escapes (its name is used other than as a callee),
   * so it needs table code (a trampoline `<irName>$code`). */
  escapes?: boolean;
}

export interface ModuleInfo {
  name: string;
  file: string;
  /** stdlib runtime modules: annotations bind types, no implicit exception checks. */
  typed: boolean;
  funcs: Map<string, FuncInfo>;
  /** Names imported with `from M import x`: intrinsics or functions of other modules. */
  imports: Map<string, Intrinsic | FuncInfo>;
  /** Module-level names (globals of this module). */
  globals: Set<string>;
  /** A package (`__init__.py`): relative imports start from the module itself. */
  isPackage?: boolean;
  /** Untyped modules: the program's modules, for imports between them (imports.ts). */
  program?: ProgramInfo;
  /** Untyped modules: module-level names bound only by importing a module (imports.ts). */
  moduleAliases?: Map<string, string>;
  /** User modules: what the lowering of builtins, math and containers needs (containers.ts). */
  facts?: ModuleFacts;
  /** User modules: the classes of the module (classes.ts). */
  classes?: ClassTable;
  /** User modules: the program's generator functions (gen.ts). */
  gen?: GenProgram;
  /** User modules: the program being built (nested functions add theirs) and the scope tree. */
  ir?: IrModule;
  scopes?: Map<ScopeNode, Scope>;
}

/** The program's own (untyped) modules by dotted name. */
export interface ProgramInfo {
  modules: Map<string, ModuleInfo>;
  moduleNames: Set<string>;
  /** Every class of the program, all modules (classes.ts); ids are unique program-wide. */
  classes?: ClassInfo[];
  /** Some module names sys.setrecursionlimit: user functions compare the depth with the limit
   * in memory (RT_RECURSION_LIMIT), not the constant (function.ts enterDepth). */
  recursionLimitSet?: boolean;
  /** The method names the program may store as attributes (shadowing.ts). */
  shadowing?: Shadowing;
  /** Some module assigns an attribute `stdout` (`sys.stdout = buf`): print() without file=
   * writes to whatever sys.stdout is (function.ts print). */
  stdoutAssigned?: boolean;
  /** The modules used as run-time values, numbered from 1 in the order first used (modules.ts). */
  valueModules?: Map<string, number>;
  /** The attribute names of the modules that may be used as values (modules.ts
   * moduleValueCandidates): calls of built-in method names among them test for a module. */
  moduleAttrNames?: Set<string>;
}

export interface ModuleFacts {
  /** Names the module binds at its top level (these shadow builtins). */
  bound: Set<string>;
  /** Local names of the math module (`import math`, `import math as m`). */
  mathModules: Set<string>;
  /** Names imported from math: local name -> math attribute. */
  mathNames: Map<string, string>;
  /** Whether the program may make tuples, lists or ranges (print then needs container repr). */
  containers: boolean;
}
