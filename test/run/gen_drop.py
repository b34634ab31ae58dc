# A generator dropped by a for loop is closed at once (CPython's reference counting): its
# finally bodies and with-exits run at the break / return / exception, before the code after.
class Res:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, *a):
        print("exit", self.name, a[0].__name__ if a[0] else None)
        return False


def numbers(n):
    try:
        for i in range(n):
            print("yield", i)
            yield i
    finally:
        print("numbers finally")


def managed(name):
    with Res(name):
        yield 1
        yield 2
    print("after with (only when exhausted)")


def nested():
    try:
        yield from numbers(5)
    finally:
        print("nested finally")


print("-- break")
for x in numbers(5):
    if x == 2:
        break
print("after break loop")

print("-- exhausted")
for x in numbers(2):
    pass
else:
    print("else ran")
print("after exhausted loop")


def find(target):
    for x in numbers(10):
        if x == target:
            print("returning", x)
            return x * 10
    return None


print("-- return")
print("find ->", find(1))

print("-- exception")
try:
    for x in managed("m1"):
        if x == 1:
            raise ValueError("boom")
except ValueError as e:
    print("caught", e)
print("after exception")

print("-- with exit on break")
for x in managed("m2"):
    break
print("after m2")

print("-- yield from")
for x in nested():
    if x == 1:
        break
print("after nested")

print("-- genexp")
for x in (v * v for v in numbers(4)):
    if x >= 1:
        break
print("after genexp")

print("-- continue keeps going")
for x in numbers(3):
    if x == 1:
        continue
    print("body", x)
print("after continue loop")

print("-- nested loops")
for a in numbers(2):
    for b in managed("inner"):
        break
    print("outer body", a)
    if a == 0:
        break
print("after nested loops")

print("-- not started")


def never():
    try:
        print("started")
        yield 1
    finally:
        print("never finally")


for x in []:
    pass
g = never()
for x in g:
    break
print("shared generator left to the program")
g.close()


def gen_in_gen():
    for x in numbers(5):
        if x == 1:
            break
        yield x
    yield "done"


print(list(gen_in_gen()))
