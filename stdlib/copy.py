"""copy: shallow and deep copies (Keel's own module, CPython's behaviour for lists, dicts, sets,
tuples, bytearrays and instances of user classes; the runtime copies instances' slots and
attributes: stdlib/_rt/copy_rt.py). __copy__/__deepcopy__/__reduce__ methods are not consulted;
collections' types are copied with their own copy()."""
from _rt import rt_copy_inst, rt_copy_inst_values, rt_copy_inst_set_values, rt_copy_id, rt_has_payload, rt_payload_copy


class Error(Exception):
    pass


error = Error


def copy(x):
    if rt_has_payload(x) and not hasattr(x, '_keel_copy_method'):
        return rt_payload_copy(x)  # a subclass of a built-in type: an instance of the same class
    if isinstance(x, list):
        return x[:]
    if isinstance(x, (dict, set)):
        return x.copy()
    if isinstance(x, bytearray):
        return bytearray(x)
    if hasattr(x, '_keel_copy_method'):
        return x.copy()  # deque, defaultdict, Counter, OrderedDict
    y = rt_copy_inst(x)
    if y is not None:
        return y
    return x  # immutable: numbers, strs, tuples, frozensets, functions, classes ...


def deepcopy(x, memo=None):
    if memo is None:
        memo = {}
    return _deep(x, memo)


def _deep(x, memo):
    if rt_has_payload(x):
        return _deep_inst(x, memo)  # a subclass of a built-in type (its value is a slot)
    if x is None or isinstance(x, (int, float, str, bytes, range)):
        return x
    k = rt_copy_id(x)
    if k in memo:
        return memo[k]
    if isinstance(x, list):
        y = []
        memo[k] = y
        for v in x:
            y.append(_deep(v, memo))
        return y
    if isinstance(x, dict):
        d = {}
        memo[k] = d
        for key, v in x.items():
            d[_deep(key, memo)] = _deep(v, memo)
        return d
    if isinstance(x, tuple):
        items = [_deep(v, memo) for v in x]
        if k in memo:
            return memo[k]  # the tuple was reached again through its items
        for i in range(len(items)):
            if items[i] is not x[i]:
                t = tuple(items)
                memo[k] = t
                return t
        return x
    if isinstance(x, set):
        s = set()
        memo[k] = s
        for v in x:
            s.add(_deep(v, memo))
        return s
    if isinstance(x, frozenset):
        f = frozenset([_deep(v, memo) for v in x])
        memo[k] = f
        return f
    if isinstance(x, bytearray):
        b = bytearray(x)
        memo[k] = b
        return b
    return _deep_inst(x, memo)


def _deep_inst(x, memo):
    k = rt_copy_id(x)
    if k in memo:
        return memo[k]
    y = rt_copy_inst(x)
    if y is None:
        return x  # functions, classes, other atomic objects
    memo[k] = y
    rt_copy_inst_set_values(y, [_deep(v, memo) for v in rt_copy_inst_values(y)])
    return y
