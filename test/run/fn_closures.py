# Nested functions, closures with cells, nonlocal, late binding.
def outer(n):
    def inner(k):
        return n + k
    return inner


add5 = outer(5)
add10 = outer(10)
print(add5(1), add10(1), add5(add10(100)))


def counter(start):
    count = start

    def inc(step=1):
        nonlocal count
        count += step
        return count

    return inc


c1 = counter(0)
c2 = counter(100)
c1()
c1()
c2(50)
print(c1(), c2(), c1(10))


def make_adders():
    fs = []
    for i in range(3):
        fs.append(lambda x: x + i)
    return fs


print(make_adders()[0](10), make_adders()[2](10))


def make_adders_bound():
    fs = []
    for i in range(3):
        fs.append(lambda x, i=i: x + i)
    return fs


a = make_adders_bound()
print(a[0](10), a[1](10), a[2](10))


def three_levels(a):
    def mid(b):
        def inner(c):
            return a * 100 + b * 10 + c
        return inner
    return mid


print(three_levels(1)(2)(3))


def shared():
    x = 1

    def get():
        return x

    def put(v):
        nonlocal x
        x = v

    return get, put


get, put = shared()
print(get())
put(42)
print(get())


def param_cell(x):
    def show():
        return x
    x = x * 2
    return show


print(param_cell(21)())


def fib_closure():
    memo = [0, 1]

    def fib(n):
        while len(memo) <= n:
            memo.append(memo[-1] + memo[-2])
        return memo[n]

    return fib


print(fib_closure()(50))


def recursive_inner(n):
    def fact(k):
        if k <= 1:
            return 1
        return k * fact(k - 1)
    return fact(n)


print(recursive_inner(20))


def pass_through(v):
    def a():
        def b():
            return v
        return b()
    return a()


print(pass_through("deep"))

x = "global"


def reads_global():
    def inner():
        return x
    return inner()


print(reads_global())


def shadow():
    x = "local"

    def inner():
        return x
    return inner()


print(shadow(), x)
