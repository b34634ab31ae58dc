# A module global bound once by a `def` before any code that can read it needs no NameError
# test where it is read (modconsts); one read before its binding still raises NameError.


def use(x):
    return later(x) * 2


try:
    use(1)
except NameError as e:
    print("NameError", e)


def later(x):
    return x + 1


print(use(3))


def helper(i, j):
    return (i + j) * (i + j + 1) // 2 + i + 1


def total(n):
    s = 0
    for i in range(n):
        for j in range(n):
            s += helper(i, j)
    return s


print(total(40))


def deco(f):
    try:
        print("deco sees", named(2))
    except NameError as e:
        print("NameError", e)
    return f


@deco
def named(x):
    return x * 10


print(named(4))


def twice():
    return 1


def call_twice():
    return twice()


print(call_twice())


def twice():
    return 2


print(call_twice())


def gone():
    return 5


def call_gone():
    return gone()


print(call_gone())
del gone
try:
    call_gone()
except NameError as e:
    print("NameError", e)
