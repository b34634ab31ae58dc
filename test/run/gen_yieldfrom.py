# yield from: delegation, return values, send through, nesting, non-generator iterables.
def inner(n):
    for i in range(n):
        got = yield i
        if got is not None:
            print("inner got", got)
    return n * 100


def outer():
    r1 = yield from inner(2)
    print("r1", r1)
    r2 = yield from inner(3)
    print("r2", r2)
    r3 = yield from [7, 8]
    print("r3", r3)
    yield from "ab"
    yield from range(2)
    yield from (x * x for x in range(3))
    return r1 + r2


print(list(outer()))
o = outer()
print(next(o), o.send("hello"), o.send(None), o.send("x"))


def tree(n):
    if n == 0:
        yield "leaf"
        return 1
    left = yield from tree(n - 1)
    right = yield from tree(n - 1)
    return left + right + 1


t = tree(3)
print(list(tree(2)))


def count_nodes(n):
    total = yield from tree(n)
    yield total


print(list(count_nodes(3))[-1])


def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]], 8])))


def chain2(a, b):
    yield from a
    yield from b


print(list(chain2([1, 2], (3, 4))), list(chain2(chain2("x", "y"), inner(2))))


def loop_delegate(k):
    for i in range(k):
        v = yield from inner(i)
        yield ("done", v)


print(list(loop_delegate(3)))


def empty_delegate():
    r = yield from []
    yield r
    r = yield from inner(0)
    yield r


print(list(empty_delegate()))
