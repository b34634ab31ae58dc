import timeit
from timeit import timeit as tt, repeat, Timer

calls = []


def f(n):
    calls.append(n)
    return sum(range(n))


t = timeit.timeit("f(10)", globals=globals(), number=100)
print(type(t).__name__, t >= 0, len(calls))
t = tt("x = f(3); y = x + 1", setup="from __main__ import f", number=5)
print(t >= 0, len(calls))
r = repeat("f(2)", setup="import math\nfrom __main__ import f", repeat=3, number=4)
print(len(r), all(x >= 0 for x in r), len(calls))
print(Timer(lambda: f(1)).timeit(number=7) >= 0, len(calls))
tm = Timer("f(n)", "from __main__ import f\nn = 5\nk = 2")
print(tm.timeit(3) >= 0, calls[-1], len(tm.repeat(2, 2)), len(calls))


def bench():
    setup = "from __main__ import f"
    for name in ["first", "second"]:
        print(name, timeit.timeit("f(4)", setup=setup, number=2) >= 0)
    print(len(calls))


bench()
counter = [0]


def step():
    counter[0] += 1


n, took = Timer(step).autorange()
print(n >= 1, took >= 0.2, counter[0] >= n)
print(Timer("pass").timeit(10) >= 0, Timer().timeit(10) >= 0)
for bad in [5, None]:
    try:
        Timer(bad)
    except ValueError as e:
        print(e)
print(timeit.default_number, timeit.default_repeat)
t = timeit.timeit("""
total = 0
for i in range(3):
    total += f(i)
""", globals=globals(), number=2)
print(t >= 0, calls[-3:])
print(timeit.timeit("z.f(2)", setup="import __main__ as z", number=3) >= 0, calls[-1])
print(tt("f(3)", setup="import math ; from __main__ import f", number=2) >= 0, calls[-1])
