def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def add(a, b=10):
    return a + b


def noret():
    x = 1


print(fib(20))
print(add(1), add(1, 2), add(b=5, a=1))
print(noret())

counter = 0


def bump():
    global counter
    counter += 1


bump()
bump()
print(counter)
