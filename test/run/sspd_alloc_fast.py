# Tuples of every small size (taken in line by rt_tuple_new) and bigger ones, floats (boxed in
# line), churned enough that their cells are reused after collections: contents must be whole
# and zeroed where the program cannot see yet (the sweep zeroes each dead object).


def tuples(n):
    out = []
    for i in range(n):
        t0 = ()
        t1 = (i,)
        t2 = (i, -i)
        t3 = (i, str(i), [i])
        t7 = (i, i + 1, i + 2, i + 3, i + 4, i + 5, i + 6)
        t14 = (i, i, i, i, i, i, i, i, i, i, i, i, i, (i, i))
        t15 = (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, i)
        t20 = tuple(range(i, i + 20))
        if i % 1000 == 0:
            out.append((t0, t1, t2, t3, t7, t14, t15, t20))
    return out


kept = tuples(20000)
print(len(kept))
for t in kept[:3] + kept[-2:]:
    print(t[0], t[1], t[2], t[3], len(t[4]), sum(t[4]), t[5][13], sum(t[5][:13]), t[6][14], sum(t[7]))
print(sum(len(t) for tt in kept for t in tt))


def floats(n):
    acc = 0.0
    box = []
    for i in range(n):
        x = i * 0.5
        y = x + 0.25
        box.append(y)
        if len(box) > 100:
            box = [b for b in box if b > y - 10.0]
        acc += y
    return acc, len(box), box[-3:]


print(floats(200000))
print((1.5, 2.5) + (3.5,), [0.1 * k for k in range(5)])


class Node:
    def __init__(self, left, right):
        self.left = left
        self.right = right


def tree(d):
    if d == 0:
        return Node(None, None)
    return Node(tree(d - 1), tree(d - 1))


def count(n):
    if n.left is None:
        return 1
    return 1 + count(n.left) + count(n.right)


total = 0
for r in range(40):
    total += count(tree(10))
    pairs = [(k, k * 2.0) for k in range(3000)]
    total += len(pairs)
print(total, pairs[-1])
