# Lists kept in generator frames, yielded, sent in, and changed by the consumer (at -O2 list
# items are typed per allocation site: values crossing the generator boundary are anything).
def grow():
    acc = []
    for i in range(3):
        acc.append(i)
        yield acc
    acc.append("s")
    yield acc


for l in grow():
    print(l, l[0] + 1)


def holder(lst):
    yield lst
    lst.append(1.5)
    yield lst[-1] + 1


x = [1, 2]
print(list(holder(x)), x)


def receiver():
    mine = [10, 20]
    other = yield mine
    other.append(mine[0] * 2)
    yield other[0] + other[-1]


r = receiver()
got = next(r)
got.append("changed by consumer")
print(got)
print(r.send([5]))


def ints():
    nums = [1, 2, 3]
    yield nums
    total = 0
    for n in nums:
        total += n
    yield total


i = ints()
lst = next(i)
lst.append(0.5)
lst[0] = 100
print(next(i))


def pairs(n):
    out = []
    for k in range(n):
        out.append([k, k * k])
        yield out[-1]
    yield out


print(list(pairs(3)))
