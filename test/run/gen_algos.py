# Generator-heavy algorithms: permutations, primes, round-robin scheduling, pipelines.
def permutations(items):
    if len(items) <= 1:
        yield items[:]
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [items[i]] + p


print(list(permutations([1, 2, 3])))
print(sum(1 for _ in permutations(list(range(5)))))


def primes():
    found = []
    n = 2
    while True:
        is_prime = True
        for p in found:
            if p * p > n:
                break
            if n % p == 0:
                is_prime = False
                break
        if is_prime:
            found.append(n)
            yield n
        n += 1


ps = primes()
print([next(ps), next(ps), next(ps), next(ps), next(ps)])
total = 0
for p in primes():
    if p > 200:
        break
    total += p
print(total)


def task(name, n):
    for i in range(n):
        yield name + str(i)


def round_robin(tasks):
    queue = list(tasks)
    while queue:
        t = queue.pop(0)
        v = next(t, None)
        if v is None:
            continue
        yield v
        queue.append(t)


print(list(round_robin([task("a", 3), task("b", 1), task("c", 2)])))


def take(n, it):
    for x in it:
        if n <= 0:
            return
        n -= 1
        yield x


def drop_while_small(it, limit):
    it = iter(it)
    for x in it:
        if x >= limit:
            yield x
            break
    yield from it


def naturals():
    n = 0
    while True:
        yield n
        n += 1


print(list(take(5, drop_while_small(naturals(), 10))))
print(list(take(3, (x * x for x in naturals() if x % 2))))


def chunks(xs, size):
    chunk = []
    for x in xs:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


print(list(chunks(range(7), 3)), list(chunks([], 2)))


def running(xs):
    best = None
    for x in xs:
        if best is None or x > best:
            best = x
        yield best


print(list(running([3, 1, 4, 1, 5, 9, 2, 6])))


def level3():
    x = yield "l3 start"
    print("l3 got", x)
    return "l3 done"


def level2():
    r = yield from level3()
    print("l2 got", r)
    y = yield "l2 after"
    return r + "/" + str(y)


def level1():
    r = yield from level2()
    yield "final " + r


chain = level1()
print(next(chain), chain.send("to l3"), chain.send(42))


def partially():
    yield 1
    yield 2
    yield 3


p = partially()
next(p)


def rest_of(g):
    got = yield from g
    yield ("returned", got)


print(list(rest_of(p)))


def consume(g, n):
    return list(take(n, g))


print(consume(naturals(), 4))


def collatz(n):
    while n != 1:
        yield n
        if n % 2:
            n = 3 * n + 1
        else:
            n //= 2
    yield 1


print(list(collatz(27))[-5:], len(list(collatz(27))), max(collatz(27)))
