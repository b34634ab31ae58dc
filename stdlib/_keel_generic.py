"""types.GenericAlias: what subscripting a built-in class gives (`list[int]`,
`dict[str, list[int]]`, `tuple[int, ...]`). The compiler turns such a subscript outside an
annotation into a call of this class (src/lower/genericalias.ts); a class defining
__class_getitem__ is called instead."""


def _type_repr(obj):
    if obj is ...:
        return "..."
    if isinstance(obj, GenericAlias):
        return repr(obj)
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return obj.__module__ + "." + obj.__qualname__
    return repr(obj)


class GenericAlias:
    __module__ = "types"

    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args

    @property
    def __parameters__(self):
        return ()

    def __call__(self, *args, **kwargs):
        origin = self.__origin__
        return origin(*args, **kwargs)

    def __repr__(self):
        if not self.__args__:
            return _type_repr(self.__origin__) + "[()]"
        return _type_repr(self.__origin__) + "[" + ", ".join([_type_repr(a) for a in self.__args__]) + "]"

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


def _typeish(x):
    return x is None or isinstance(x, (type, GenericAlias, UnionType))


def _union(a, b):
    """`a | b` where the compiler saw a type among the operands (src/lower/genericalias.ts):
    a types.UnionType of types, or the operator's own result for other values."""
    if not (_typeish(a) and _typeish(b)):
        return a | b
    args = []
    for x in (a, b):
        for y in (x.__args__ if isinstance(x, UnionType) else (type(None) if x is None else x,)):
            if y not in args:
                args.append(y)
    if len(args) == 1:
        return args[0]
    return UnionType(tuple(args))


class UnionType:
    """types.UnionType: `int | str` (made by _union)."""

    __module__ = "types"

    def __init__(self, args):
        self.__args__ = args

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        return " | ".join(["None" if a is type(None) else _type_repr(a) for a in self.__args__])
