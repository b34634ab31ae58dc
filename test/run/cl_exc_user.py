# User exception classes: hierarchies, custom __init__ with super().__init__, extra attributes,
# __str__/__repr__ overrides, args, matching by user class and by built-in base, raise of a
# class, except tuples, chaining with user exceptions.


class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key, where="db"):
        super().__init__(f"{key} not found in {where}")
        self.key = key
        self.where = where


class BadValue(ValueError):
    def __str__(self):
        return "bad value: " + repr(self.args)


class Coded(AppError):
    def __init__(self, code):
        self.code = code

    def __repr__(self):
        return f"Coded<{self.code}>"


class Quiet(Exception):
    def __init__(self, a, b, c):
        pass


class Multi(KeyError):
    pass


class Deep(NotFound):
    def describe(self):
        return f"deep {self.key}@{self.where}"


def find(d, k):
    if k not in d:
        raise NotFound(k)
    return d[k]


e = AppError("plain")
print(e, repr(e), e.args, type(e).__name__, str(e))
print(AppError(), repr(AppError()), AppError().args)
print(AppError(1, 2), repr(AppError(1, 2)), AppError(1, 2).args)
print(isinstance(e, AppError), isinstance(e, Exception), isinstance(e, ValueError), isinstance(e, BaseException))
print(issubclass(NotFound, AppError), issubclass(NotFound, Exception), issubclass(AppError, NotFound))
print(issubclass(BadValue, ValueError), issubclass(Multi, LookupError), issubclass(Multi, IndexError))

try:
    find({"a": 1}, "b")
except NotFound as ex:
    print("caught NotFound:", ex, "|", ex.key, ex.where, ex.args)

try:
    find({"a": 1}, "zz")
except AppError as ex:
    print("caught as AppError:", type(ex).__name__, ex)

try:
    find({}, 3)
except Exception as ex:
    print("caught as Exception:", repr(ex))

try:
    raise BadValue(1, "two")
except ValueError as ex:
    print("BadValue as ValueError:", ex, ex.args, repr(ex))

try:
    raise Coded(42)
except AppError as ex:
    print("Coded:", str(ex) == "", repr(ex), ex.code, ex.args)

try:
    raise Quiet(1, 2, 3)
except Quiet as ex:
    print("Quiet keeps args from the call:", ex.args, str(ex))

try:
    raise Multi("k")
except LookupError as ex:
    print("Multi:", ex, repr(ex))

try:
    raise AppError
except AppError as ex:
    print("raised class:", repr(ex), ex.args)

for exc in [NotFound("x"), BadValue(3), KeyError(4), Deep("y", "fs"), ZeroDivisionError("z")]:
    try:
        raise exc
    except (NotFound, BadValue) as ex:
        print("tuple caught", type(ex).__name__, ex)
    except LookupError as ex:
        print("lookup", repr(ex))
    except Exception as ex:
        print("other", type(ex).__name__, ex)

try:
    raise Deep("q")
except NotFound as ex:
    print(ex.describe(), isinstance(ex, Deep), isinstance(ex, NotFound), ex.args)

# attributes: set later, args replaced, getattr
ex = AppError("a", "b")
ex.extra = 5
print(ex.extra, ex.args)
ex.args = ("c",)
print(ex, ex.args)
ex.args = [1, 2]
print(ex.args, repr(ex))

# chaining
try:
    try:
        raise NotFound("inner")
    except NotFound as inner:
        raise AppError("outer") from inner
except AppError as ex:
    print("cause:", repr(ex.__cause__), ex.__suppress_context__)

try:
    try:
        raise BadValue("v")
    except ValueError:
        raise Coded(7)
except Coded as ex:
    print("context:", repr(ex.__context__), ex.code)

# exceptions as values in containers, classes in variables
kinds = [AppError, NotFound, BadValue]
for k in kinds:
    try:
        if k is NotFound:
            raise k("key")
        raise k("m")
    except AppError as ex:
        print("app", type(ex).__name__, ex)
    except Exception as ex:
        print("exc", type(ex).__name__, ex)
print(AppError.__name__, NotFound.__name__, [k.__name__ for k in kinds])


class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)
        self.msg = msg


print(repr(WithDefault()), WithDefault().msg, str(WithDefault("given")))


class Counter(Exception):
    count = 0

    def __init__(self, n):
        Counter.count += 1
        super().__init__(n, Counter.count)


for i in range(3):
    try:
        raise Counter(i * 10)
    except Counter as ex:
        print(ex.args, Counter.count)


class StrOnly(Exception):
    def __str__(self):
        return "custom str"


print(str(StrOnly("x")), repr(StrOnly("x")), f"{StrOnly()}")
print([StrOnly(1), BadValue(2)])

# classes raised through variables (constructed by the runtime) and called from the runtime
for k in [AppError, WithDefault, NotFound, Counter]:
    try:
        raise k
    except Exception as ex:
        print("raised", k.__name__, type(ex).__name__, repr(ex))
print([repr(x) for x in map(NotFound, ["a", "b"])])
print([x.args for x in map(AppError, [1, 2], [3, 4])])
print(repr(NotFound(key="kw", where="here")), NotFound(key="kw").args)
try:
    AppError(x=1)
except TypeError as ex:
    print("TypeError:", ex)
try:
    NotFound()
except TypeError as ex:
    print("TypeError:", ex)
