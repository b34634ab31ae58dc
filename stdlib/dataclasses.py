# dataclasses: @dataclass and field() are expanded by the compiler (src/lower/dataclasses.ts:
# the decorated class gets __init__, __repr__, __eq__, the order methods and __hash__ written
# into its body), so the decorator and field() never run; what is here works on the classes it
# made: each has the class attribute _dc_fields (the field names) and the method _dc_values()
# (their values, in order).
from _rt import rt_frozen_error_class

FrozenInstanceError = rt_frozen_error_class()


def dataclass(*args):
    raise TypeError("not supported yet: dataclass() other than as a class decorator")


def field(*args):
    raise TypeError("not supported yet: field() outside a dataclass's class body")


class Field:
    def __init__(self, name, metadata):
        self.name = name
        self.metadata = metadata

    def __repr__(self):
        return "Field(name=" + repr(self.name) + ")"


def _is_dataclass_instance(obj):
    try:
        obj._dc_fields
    except AttributeError:
        return False
    return not isinstance(obj, type)


def is_dataclass(obj):
    try:
        obj._dc_fields
    except AttributeError:
        return False
    return True


def fields(obj):
    try:
        names = obj._dc_fields
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple([Field(n, getattr(obj, "_dc_meta_" + n, {})) for n in names])


def replace(obj, /, **changes):
    """A new instance of obj's class with the fields in changes replaced (its __init__ runs)."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for name in obj._dc_fields:
        if name in obj._dc_noinit:
            if name in changes:
                raise ValueError("field " + name + " is declared with init=False, it cannot be specified with replace()")
            continue
        if name not in changes:
            changes[name] = getattr(obj, name)
    return obj.__class__(**changes)


def _asdict_inner(obj):
    if _is_dataclass_instance(obj):
        out = {}
        for name, value in zip(obj._dc_fields, obj._dc_values()):
            out[name] = _asdict_inner(value)
        return out
    if isinstance(obj, list):
        return [_asdict_inner(v) for v in obj]
    if isinstance(obj, tuple):
        return tuple([_asdict_inner(v) for v in obj])
    if isinstance(obj, dict):
        return {_asdict_inner(k): _asdict_inner(v) for k, v in obj.items()}
    return obj


def _astuple_inner(obj):
    if _is_dataclass_instance(obj):
        return tuple([_astuple_inner(v) for v in obj._dc_values()])
    if isinstance(obj, list):
        return [_astuple_inner(v) for v in obj]
    if isinstance(obj, tuple):
        return tuple([_astuple_inner(v) for v in obj])
    if isinstance(obj, dict):
        return {_astuple_inner(k): _astuple_inner(v) for k, v in obj.items()}
    return obj


def asdict(obj):
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj)


def astuple(obj):
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj)
