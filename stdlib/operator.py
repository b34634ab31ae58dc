"""operator: the operators as functions (Keel's own module, CPython's behaviour). itemgetter and
attrgetter return functions (CPython returns objects of their own types, which print
differently); methodcaller needs bound methods as values and is not provided yet."""


def lt(a, b):
    return a < b


def le(a, b):
    return a <= b


def eq(a, b):
    return a == b


def ne(a, b):
    return a != b


def ge(a, b):
    return a >= b


def gt(a, b):
    return a > b


def not_(a):
    return not a


def truth(a):
    return True if a else False


def is_(a, b):
    return a is b


def is_not(a, b):
    return a is not b


def abs(a):
    return -a if a < 0 else a + 0  # + 0: abs(-0.0) is 0.0, abs(True) is 1


def add(a, b):
    return a + b


def and_(a, b):
    return a & b


def floordiv(a, b):
    return a // b


def index(a):
    if isinstance(a, int):
        return a + 0
    raise TypeError("'" + type(a).__name__ + "' object cannot be interpreted as an integer")


def inv(a):
    return ~a


invert = inv


def lshift(a, b):
    return a << b


def mod(a, b):
    return a % b


def mul(a, b):
    return a * b


def neg(a):
    return -a


def or_(a, b):
    return a | b


def pos(a):
    return +a


def pow(a, b):
    return a ** b


def rshift(a, b):
    return a >> b


def sub(a, b):
    return a - b


def truediv(a, b):
    return a / b


def xor(a, b):
    return a ^ b


def concat(a, b):
    if not isinstance(a, (list, tuple, str, bytes, bytearray)):
        raise TypeError("'" + type(a).__name__ + "' object can't be concatenated")
    return a + b


def contains(a, b):
    return b in a


def countOf(a, b):
    count = 0
    for i in a:
        if i is b or i == b:
            count += 1
    return count


def delitem(a, b):
    del a[b]


def getitem(a, b):
    return a[b]


def indexOf(a, b):
    i = 0
    for j in a:
        if j is b or j == b:
            return i
        i += 1
    raise ValueError('sequence.index(x): x not in sequence')


def setitem(a, b, c):
    a[b] = c


def length_hint(obj, default=0):
    try:
        return len(obj)
    except TypeError:
        return default


def iadd(a, b):
    # Lists and bytearrays change in place (Keel's `a += b` on a list makes a new list yet).
    if isinstance(a, (list, bytearray)):
        a.extend(b)
        return a
    a += b
    return a


def iand(a, b):
    a &= b
    return a


def iconcat(a, b):
    if not isinstance(a, (list, tuple, str, bytes, bytearray)):
        raise TypeError("'" + type(a).__name__ + "' object can't be concatenated")
    return iadd(a, b)


def ifloordiv(a, b):
    a //= b
    return a


def ilshift(a, b):
    a <<= b
    return a


def imod(a, b):
    a %= b
    return a


def imul(a, b):
    if isinstance(a, list) and isinstance(b, int):
        if b <= 0:
            a.clear()
        else:
            items = a[:]
            for i in range(b - 1):
                a.extend(items)
        return a
    a *= b
    return a


def ior(a, b):
    a |= b
    return a


def ipow(a, b):
    a **= b
    return a


def irshift(a, b):
    a >>= b
    return a


def isub(a, b):
    a -= b
    return a


def itruediv(a, b):
    a /= b
    return a


def ixor(a, b):
    a ^= b
    return a


def _item1(item):
    def g(obj):
        return obj[item]
    return g


def _items(items):
    def g(obj):
        return tuple([obj[i] for i in items])
    return g


def itemgetter(item, *items):
    """itemgetter(1)(x) is x[1]; itemgetter(1, 0)(x) is (x[1], x[0])."""
    if not items:
        return _item1(item)
    return _items((item,) + items)


def _resolve_attr(obj, attr):
    for name in attr.split('.'):
        obj = getattr(obj, name)
    return obj


def _attr1(attr):
    def g(obj):
        return _resolve_attr(obj, attr)
    return g


def _attrs(attrs):
    def g(obj):
        return tuple([_resolve_attr(obj, a) for a in attrs])
    return g


def attrgetter(attr, *attrs):
    """attrgetter('x')(o) is o.x; dotted names ('a.b') follow attributes; several names give a
    tuple. Data attributes only (getattr finds no methods yet)."""
    if not isinstance(attr, str):
        raise TypeError('attribute name must be a string')
    if not attrs:
        return _attr1(attr)
    for a in attrs:
        if not isinstance(a, str):
            raise TypeError('attribute name must be a string')
    return _attrs((attr,) + attrs)
