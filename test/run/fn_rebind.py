# Functions rebound, redefined, defined conditionally, replaced through `global`.
def greet():
    return "first"


print(greet())


def greet():
    return "second"


print(greet())
old = greet


def greet():
    return "third " + old()


print(greet())

if len("ab") == 2:
    def pick(x):
        return x * 2
else:
    def pick(x):
        return x * 3
print(pick(5))


def helper(v):
    return v + 1


def use_helper(v):
    return helper(v) * 10


print(use_helper(1))


def swap_helper():
    global helper

    def helper(v):
        return v - 1


swap_helper()
print(use_helper(1))
square = lambda v: v * v
print(square(9))
square = abs
print(square(-9))


def early():
    return late(2)


def late(x):
    return x * 100


print(early())
counter = 0


def bump():
    global counter
    counter += 1
    return counter


fns = [bump, bump]
for f in fns:
    f()
print(counter, bump())
