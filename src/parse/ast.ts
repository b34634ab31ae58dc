// The Python 3.12 AST: one interface per constructor of CPython's Parser/Python.asdl, named and
// shaped exactly as the `ast` module shows it. Nodes are plain data discriminated by `_type`;
// positions are CPython's (1-based lines, 0-based UTF-8 byte columns).

/** Positions every stmt, expr, pattern, arg, keyword, alias, excepthandler and type_param has. */
export interface Located {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

// ---- constant values ------------------------------------------------------------------------

/** A complex literal as the parser makes it: real part 0.0, imaginary part `imag`. */
export interface ComplexValue { readonly kind: 'complex'; readonly real: number; readonly imag: number }
/**
 * A str whose code points a JS string cannot keep apart: escapes such as '\ud83d\ude00' give two
 * lone surrogates that a JS string would fuse into one astral character. Used only then; every
 * other str constant is a JS string.
 */
export interface CodePointsValue { readonly kind: 'codepoints'; readonly codePoints: readonly number[] }
/** The `...` singleton. */
export interface EllipsisValue { readonly kind: 'ellipsis' }
/**
 * Constant values keep Python's types apart: int = bigint, float = number, complex =
 * ComplexValue, str = string (or CodePointsValue), bytes = Uint8Array, bool = boolean,
 * None = null, Ellipsis = EllipsisValue.
 */
export type ConstantValue =
  | null | boolean | bigint | number | string | CodePointsValue | Uint8Array | ComplexValue | EllipsisValue;
/** A Python str value. */
export type StrValue = string | CodePointsValue;
export const ELLIPSIS: EllipsisValue = Object.freeze({ kind: 'ellipsis' });

// ---- simple sums ----------------------------------------------------------------------------

export type ExprContext = { readonly _type: 'Load' } | { readonly _type: 'Store' } | { readonly _type: 'Del' };
export const LOAD: ExprContext = Object.freeze({ _type: 'Load' });
export const STORE: ExprContext = Object.freeze({ _type: 'Store' });
export const DEL: ExprContext = Object.freeze({ _type: 'Del' });

export type BoolOpKind = 'And' | 'Or';
export type OperatorKind =
  | 'Add' | 'Sub' | 'Mult' | 'MatMult' | 'Div' | 'Mod' | 'Pow' | 'LShift' | 'RShift' | 'BitOr' | 'BitXor' | 'BitAnd' | 'FloorDiv';
export type UnaryOpKind = 'Invert' | 'Not' | 'UAdd' | 'USub';
export type CmpOpKind = 'Eq' | 'NotEq' | 'Lt' | 'LtE' | 'Gt' | 'GtE' | 'Is' | 'IsNot' | 'In' | 'NotIn';
export interface boolop { readonly _type: BoolOpKind }
export interface operator { readonly _type: OperatorKind }
export interface unaryop { readonly _type: UnaryOpKind }
export interface cmpop { readonly _type: CmpOpKind }

// ---- mod --------------------------------------------------------------------------------------

export interface Module { _type: 'Module'; body: stmt[]; type_ignores: TypeIgnore[] }
export interface TypeIgnore { _type: 'TypeIgnore'; lineno: number; tag: string }
export type mod = Module;

// ---- stmt -------------------------------------------------------------------------------------

export interface FunctionDef extends Located {
  _type: 'FunctionDef'; name: string; args: arguments; body: stmt[]; decorator_list: expr[];
  returns: expr | null; type_comment: string | null; type_params: type_param[];
}
export interface AsyncFunctionDef extends Located {
  _type: 'AsyncFunctionDef'; name: string; args: arguments; body: stmt[]; decorator_list: expr[];
  returns: expr | null; type_comment: string | null; type_params: type_param[];
}
export interface ClassDef extends Located {
  _type: 'ClassDef'; name: string; bases: expr[]; keywords: keyword[]; body: stmt[];
  decorator_list: expr[]; type_params: type_param[];
}
export interface Return extends Located { _type: 'Return'; value: expr | null }
export interface Delete extends Located { _type: 'Delete'; targets: expr[] }
export interface Assign extends Located { _type: 'Assign'; targets: expr[]; value: expr; type_comment: string | null }
export interface TypeAlias extends Located { _type: 'TypeAlias'; name: expr; type_params: type_param[]; value: expr }
export interface AugAssign extends Located { _type: 'AugAssign'; target: expr; op: operator; value: expr }
export interface AnnAssign extends Located {
  _type: 'AnnAssign'; target: expr; annotation: expr; value: expr | null; simple: number;
}
export interface For extends Located {
  _type: 'For'; target: expr; iter: expr; body: stmt[]; orelse: stmt[]; type_comment: string | null;
}
export interface AsyncFor extends Located {
  _type: 'AsyncFor'; target: expr; iter: expr; body: stmt[]; orelse: stmt[]; type_comment: string | null;
}
export interface While extends Located { _type: 'While'; test: expr; body: stmt[]; orelse: stmt[] }
export interface If extends Located { _type: 'If'; test: expr; body: stmt[]; orelse: stmt[] }
export interface With extends Located { _type: 'With'; items: withitem[]; body: stmt[]; type_comment: string | null }
export interface AsyncWith extends Located {
  _type: 'AsyncWith'; items: withitem[]; body: stmt[]; type_comment: string | null;
}
export interface Match extends Located { _type: 'Match'; subject: expr; cases: match_case[] }
export interface Raise extends Located { _type: 'Raise'; exc: expr | null; cause: expr | null }
export interface Try extends Located {
  _type: 'Try'; body: stmt[]; handlers: ExceptHandler[]; orelse: stmt[]; finalbody: stmt[];
}
export interface TryStar extends Located {
  _type: 'TryStar'; body: stmt[]; handlers: ExceptHandler[]; orelse: stmt[]; finalbody: stmt[];
}
export interface Assert extends Located { _type: 'Assert'; test: expr; msg: expr | null }
export interface Import extends Located { _type: 'Import'; names: alias[] }
export interface ImportFrom extends Located { _type: 'ImportFrom'; module: string | null; names: alias[]; level: number }
export interface Global extends Located { _type: 'Global'; names: string[] }
export interface Nonlocal extends Located { _type: 'Nonlocal'; names: string[] }
export interface Expr extends Located { _type: 'Expr'; value: expr }
export interface Pass extends Located { _type: 'Pass' }
export interface Break extends Located { _type: 'Break' }
export interface Continue extends Located { _type: 'Continue' }

export type stmt =
  | FunctionDef | AsyncFunctionDef | ClassDef | Return | Delete | Assign | TypeAlias | AugAssign | AnnAssign
  | For | AsyncFor | While | If | With | AsyncWith | Match | Raise | Try | TryStar | Assert | Import
  | ImportFrom | Global | Nonlocal | Expr | Pass | Break | Continue;

// ---- expr -------------------------------------------------------------------------------------

export interface BoolOp extends Located { _type: 'BoolOp'; op: boolop; values: expr[] }
export interface NamedExpr extends Located { _type: 'NamedExpr'; target: expr; value: expr }
export interface BinOp extends Located { _type: 'BinOp'; left: expr; op: operator; right: expr }
export interface UnaryOp extends Located { _type: 'UnaryOp'; op: unaryop; operand: expr }
export interface Lambda extends Located { _type: 'Lambda'; args: arguments; body: expr }
export interface IfExp extends Located { _type: 'IfExp'; test: expr; body: expr; orelse: expr }
/** `keys[i]` is null for a `**mapping` entry. */
export interface Dict extends Located { _type: 'Dict'; keys: (expr | null)[]; values: expr[] }
export interface Set extends Located { _type: 'Set'; elts: expr[] }
export interface ListComp extends Located { _type: 'ListComp'; elt: expr; generators: comprehension[] }
export interface SetComp extends Located { _type: 'SetComp'; elt: expr; generators: comprehension[] }
export interface DictComp extends Located { _type: 'DictComp'; key: expr; value: expr; generators: comprehension[] }
export interface GeneratorExp extends Located { _type: 'GeneratorExp'; elt: expr; generators: comprehension[] }
export interface Await extends Located { _type: 'Await'; value: expr }
export interface Yield extends Located { _type: 'Yield'; value: expr | null }
export interface YieldFrom extends Located { _type: 'YieldFrom'; value: expr }
export interface Compare extends Located { _type: 'Compare'; left: expr; ops: cmpop[]; comparators: expr[] }
export interface Call extends Located { _type: 'Call'; func: expr; args: expr[]; keywords: keyword[] }
/** conversion: -1 (none) or the code of 's', 'r', 'a'. */
export interface FormattedValue extends Located {
  _type: 'FormattedValue'; value: expr; conversion: number; format_spec: expr | null;
}
export interface JoinedStr extends Located { _type: 'JoinedStr'; values: expr[] }
export interface Constant extends Located { _type: 'Constant'; value: ConstantValue; kind: string | null }
export interface Attribute extends Located { _type: 'Attribute'; value: expr; attr: string; ctx: ExprContext }
export interface Subscript extends Located { _type: 'Subscript'; value: expr; slice: expr; ctx: ExprContext }
export interface Starred extends Located { _type: 'Starred'; value: expr; ctx: ExprContext }
export interface Name extends Located { _type: 'Name'; id: string; ctx: ExprContext }
export interface List extends Located { _type: 'List'; elts: expr[]; ctx: ExprContext }
export interface Tuple extends Located { _type: 'Tuple'; elts: expr[]; ctx: ExprContext }
export interface Slice extends Located { _type: 'Slice'; lower: expr | null; upper: expr | null; step: expr | null }

export type expr =
  | BoolOp | NamedExpr | BinOp | UnaryOp | Lambda | IfExp | Dict | Set | ListComp | SetComp | DictComp
  | GeneratorExp | Await | Yield | YieldFrom | Compare | Call | FormattedValue | JoinedStr | Constant
  | Attribute | Subscript | Starred | Name | List | Tuple | Slice;

// ---- the rest ---------------------------------------------------------------------------------

export interface comprehension { _type: 'comprehension'; target: expr; iter: expr; ifs: expr[]; is_async: number }
export interface ExceptHandler extends Located {
  _type: 'ExceptHandler'; type: expr | null; name: string | null; body: stmt[];
}
export type excepthandler = ExceptHandler;
/** kw_defaults[i] is null when kwonlyargs[i] has no default. */
export interface arguments {
  _type: 'arguments'; posonlyargs: arg[]; args: arg[]; vararg: arg | null; kwonlyargs: arg[];
  kw_defaults: (expr | null)[]; kwarg: arg | null; defaults: expr[];
}
export interface arg extends Located { _type: 'arg'; arg: string; annotation: expr | null; type_comment: string | null }
/** arg is null for `**mapping`. */
export interface keyword extends Located { _type: 'keyword'; arg: string | null; value: expr }
export interface alias extends Located { _type: 'alias'; name: string; asname: string | null }
export interface withitem { _type: 'withitem'; context_expr: expr; optional_vars: expr | null }
export interface match_case { _type: 'match_case'; pattern: pattern; guard: expr | null; body: stmt[] }

export interface MatchValue extends Located { _type: 'MatchValue'; value: expr }
export interface MatchSingleton extends Located { _type: 'MatchSingleton'; value: ConstantValue }
export interface MatchSequence extends Located { _type: 'MatchSequence'; patterns: pattern[] }
export interface MatchMapping extends Located {
  _type: 'MatchMapping'; keys: expr[]; patterns: pattern[]; rest: string | null;
}
export interface MatchClass extends Located {
  _type: 'MatchClass'; cls: expr; patterns: pattern[]; kwd_attrs: string[]; kwd_patterns: pattern[];
}
export interface MatchStar extends Located { _type: 'MatchStar'; name: string | null }
export interface MatchAs extends Located { _type: 'MatchAs'; pattern: pattern | null; name: string | null }
export interface MatchOr extends Located { _type: 'MatchOr'; patterns: pattern[] }
export type pattern =
  | MatchValue | MatchSingleton | MatchSequence | MatchMapping | MatchClass | MatchStar | MatchAs | MatchOr;

export interface TypeVar extends Located { _type: 'TypeVar'; name: string; bound: expr | null }
export interface ParamSpec extends Located { _type: 'ParamSpec'; name: string }
export interface TypeVarTuple extends Located { _type: 'TypeVarTuple'; name: string }
export type type_param = TypeVar | ParamSpec | TypeVarTuple;

/** Any node of the tree. */
export type AST =
  | mod | stmt | expr | comprehension | ExceptHandler | arguments | arg | keyword | alias | withitem
  | match_case | pattern | type_param | TypeIgnore | ExprContext | boolop | operator | unaryop | cmpop;
