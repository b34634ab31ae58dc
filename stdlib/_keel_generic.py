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
