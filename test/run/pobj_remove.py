# Inference facts about runtime calls (infer.ts): l.remove(x) on a list with no __eq__ in the
# program keeps the list's items typed; int(x) of numbers and strs is an int; an attribute
# named like a runtime one ('offset', 'name', 'value', 'args', 'start') of a program class's
# instance is what the program stored.


class Var:
    def __init__(self, name, value):
        self.name = name
        self.value = value
        self.cons = []

    def add(self, c):
        self.cons.append(c)

    def drop(self, c):
        self.cons.remove(c)


class Con:
    def __init__(self, v, offset, start):
        self.v = v
        self.offset = offset
        self.start = start
        self.args = (offset, start)
        v.add(self)

    def execute(self):
        self.v.value = self.v.value + self.offset
        return self.v.value


class Small(int):
    pass


def main():
    v = Var("x", 0)
    cs = [Con(v, i, i * 2) for i in range(6)]
    v.drop(cs[2])
    v.drop(cs[4])
    total = 0
    for c in v.cons:
        total += c.execute() + c.start + c.args[0]
    print(total, v.value, v.name, len(v.cons))
    try:
        v.drop(cs[2])
    except ValueError as e:
        print("ValueError", e)
    nums = [1, 2, 3, 2]
    nums.remove(2)
    print(nums, sum(nums) * 2)
    fl = [1.5, 2.5]
    fl.remove(1.5)
    print(fl[0] * 2)

    # int() of numbers and strs, of a bool, of an instance of an int subclass
    acc = 0
    for x in [3.7, -2.2, 5, True, "12", Small(4)]:
        acc += int(x)
    print(acc, int("ff", 16) + 1, int(7.9) * 3)

    # runtime attributes of runtime objects still come from the runtime
    try:
        raise ValueError("a", 2)
    except ValueError as e:
        print(e.args, len(e.args))
    r = range(3, 9, 2)
    print(r.start, r.stop, r.step)
    print((3.5).real, (7).imag)
    c = cs[0]
    print(c.offset, c.start, c.args, v.name)
    print(cs[5].missing)


main()
