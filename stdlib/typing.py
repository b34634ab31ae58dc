"""typing: the names programs import so that their annotations run (Keel's own module).

Keel never needs annotations: inference finds the types. Annotations on parameters, returns
and variables are accepted and not evaluated by the compiler; what runs is what a program does
with typing's names at run time: subscripting them (`List[int]`, `Optional[str]`,
`Dict[str, List[int]]`), `TypeVar`, `cast`, `NewType`, `overload`, `TYPE_CHECKING`,
`get_type_hints` is not provided. The objects print like CPython's (`typing.List[int]`)."""

TYPE_CHECKING = False


def _type_repr(x):
    if isinstance(x, type):
        if x.__module__ == "builtins":
            return x.__name__
        return x.__module__ + "." + x.__name__
    if x is None:
        return "None"
    if x is ...:
        return "..."
    if isinstance(x, list):
        return "[" + ", ".join([_type_repr(a) for a in x]) + "]"
    return repr(x)


class _SpecialForm:
    """An unsubscripted typing name (List, Optional, ...): subscripting makes an alias."""

    def __init__(self, name):
        self._name = name

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(self._name, params)


class _GenericAlias:
    """A subscripted typing name: List[int], Dict[str, int], Optional[int]."""

    def __init__(self, name, params):
        self._name = name
        self.__args__ = params

    def __repr__(self):
        if self._name == "Optional":
            return "typing.Optional[" + _type_repr(self.__args__[0]) + "]"
        return "typing." + self._name + "[" + ", ".join([_type_repr(a) for a in self.__args__]) + "]"

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(self._name, params)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self._name == other._name and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self._name, self.__args__))


Any = _SpecialForm("Any")
List = _SpecialForm("List")
Dict = _SpecialForm("Dict")
Set = _SpecialForm("Set")
FrozenSet = _SpecialForm("FrozenSet")
Tuple = _SpecialForm("Tuple")
Type = _SpecialForm("Type")
Optional = _SpecialForm("Optional")
Union = _SpecialForm("Union")
Callable = _SpecialForm("Callable")
Iterable = _SpecialForm("Iterable")
Iterator = _SpecialForm("Iterator")
Generator = _SpecialForm("Generator")
Sequence = _SpecialForm("Sequence")
MutableSequence = _SpecialForm("MutableSequence")
Mapping = _SpecialForm("Mapping")
MutableMapping = _SpecialForm("MutableMapping")
AbstractSet = _SpecialForm("AbstractSet")
Collection = _SpecialForm("Collection")
Container = _SpecialForm("Container")
Hashable = _SpecialForm("Hashable")
Sized = _SpecialForm("Sized")
Reversible = _SpecialForm("Reversible")
DefaultDict = _SpecialForm("DefaultDict")
Counter = _SpecialForm("Counter")
Deque = _SpecialForm("Deque")
OrderedDict = _SpecialForm("OrderedDict")
ClassVar = _SpecialForm("ClassVar")
Final = _SpecialForm("Final")
Literal = _SpecialForm("Literal")
Annotated = _SpecialForm("Annotated")
NoReturn = _SpecialForm("NoReturn")
Never = _SpecialForm("Never")
Self = _SpecialForm("Self")
LiteralString = _SpecialForm("LiteralString")
TypeAlias = _SpecialForm("TypeAlias")
Generic = _SpecialForm("Generic")  # `class C(Generic[T])`: the compiler drops the base (classes.ts isGenericBase)
Protocol = _SpecialForm("Protocol")  # `class P(Protocol)`: dropped too, the class marked CLASSF_PROTOCOL
NamedTuple = _SpecialForm("NamedTuple")  # its class syntax is expanded by the compiler (src/lower/namedtuple.ts)
TypeGuard = _SpecialForm("TypeGuard")
Text = str
AnyStr = _SpecialForm("AnyStr")


def TypeVar(name, *constraints, bound=None, covariant=False, contravariant=False):
    """T = TypeVar('T'), with bound= and constraints accepted."""
    return _TypeVar(name, constraints, bound, covariant, contravariant)


class _TypeVar:
    def __init__(self, name, constraints, bound, covariant, contravariant):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        if self.__covariant__:
            return "+" + self.__name__
        if self.__contravariant__:
            return "-" + self.__name__
        return "~" + self.__name__


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(f):
    return f


def runtime_checkable(cls):
    cls._is_runtime_protocol = True  # (isinstance() with it: cls.py rt_protocol_check)
    return cls


def NewType(name, tp):
    def new_type(x):
        return x
    return new_type


def assert_never(arg):
    raise AssertionError("Expected code to be unreachable, but got: " + repr(arg))


def reveal_type(obj):
    return obj
