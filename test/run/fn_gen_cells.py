def gen(n):
    fs = []
    for i in range(n):
        fs.append(lambda: i * 10)
        yield fs[-1]()
    yield [f() for f in fs]
print(list(gen(3)))
class C:
    def items(self, n):
        k = n
        adder = lambda x: x + k
        for i in range(n):
            yield adder(i)
print(list(C().items(3)))
def counter():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    while count < 3:
        yield bump()
print(list(counter()))
