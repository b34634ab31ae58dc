# Classes defined inside functions and blocks: a new class object per execution, methods that
# use the enclosing function's variables, inheritance between local classes and from module
# classes, local exception classes, classes chosen by an if at module level.
import sys


class Base:
    def __init__(self, v):
        self.v = v

    def show(self):
        return f"{type(self).__name__}({self.v})"


def make_counter(start, step=1):
    class Counter:
        total = start

        def __init__(self):
            self.n = start

        def tick(self):
            self.n += step
            return self.n

        def __repr__(self):
            return f"Counter(n={self.n}, step={step})"

    return Counter


C1 = make_counter(10)
C2 = make_counter(0, 5)
a, b, c = C1(), C1(), C2()
print(a.tick(), a.tick(), b.tick(), c.tick(), c.tick())
print(a, b, c, C1.total, C2.total)
print(C1 is C2, type(a) is type(b), type(a) is type(c), isinstance(c, C1), isinstance(c, C2))
print(C1.__name__, C1.__qualname__, repr(C1).replace(" at ", "@").split("@")[0])


def make_pair():
    class Animal(Base):
        sound = "..."

        def speak(self):
            return self.show() + " says " + self.sound

    class Dog(Animal):
        sound = "woof"

        def speak(self):
            return super().speak() + "!"

    return Animal, Dog


A, D = make_pair()
A2, D2 = make_pair()
print(A(1).speak(), D(2).speak())
print(issubclass(D, A), issubclass(D, Base), issubclass(D2, A), isinstance(D2(3), Base))


def classify(values):
    class Bad(ValueError):
        def __init__(self, v):
            super().__init__(f"bad value {v!r}")
            self.v = v

    out = []
    for v in values:
        try:
            if not isinstance(v, int):
                raise Bad(v)
            out.append(v * 2)
        except Bad as e:
            out.append(str(e))
    return out


print(classify([1, "x", 3, None]))


def shared_state():
    log = []

    class Recorder:
        def record(self, x):
            log.append(x)
            return len(log)

    r1, r2 = Recorder(), Recorder()
    r1.record("a")
    r2.record("b")
    return log, r1.record("c")


print(shared_state())

if sys.maxsize > 2:
    class Mode:
        name = "big"

        def describe(self):
            return "mode " + self.name
else:
    class Mode:
        name = "small"

        def describe(self):
            return "other " + self.name

print(Mode().describe(), Mode.name)

classes = []
for i in range(3):
    class Item:
        index = i

        def get(self):
            return self.index * 100

    classes.append(Item)
print([k().get() for k in classes], classes[0] is classes[1], [k.index for k in classes])


def counter_factory():
    count = 0

    class Bump:
        def __call__(self):
            nonlocal count
            count += 1
            return count

    return Bump()


bump = counter_factory()
print(bump(), bump(), bump())
