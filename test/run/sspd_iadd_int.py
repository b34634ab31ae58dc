# x += n with n a proven int and x of unknown type (a dict's or list's item): the small-int sum in
# line (list.py rt_iadd_int, specialize.ts), everything else through rt_iadd: overflow into big
# ints, floats, bools, instances with __add__ (a program
# with an __iadd__ method lowers += through its class switch instead), and the TypeErrors.


class Plain:
    def __init__(self, v):
        self.v = v

    def __add__(self, k):
        return Plain(self.v + k)

    def __repr__(self):
        return "Plain(%r)" % (self.v,)


def bump_all(d, n):
    for k in list(d):
        try:
            d[k] += n
        except TypeError as e:
            d[k] = "TypeError: " + str(e)
    return d


counts = {}
x = 12345
for i in range(5000):
    x = (x * 1103515245 + 12345) % 2147483648
    v = x % 101
    if v in counts:
        counts[v] += 1
    else:
        counts[v] = 1
print(sum(counts.values()), max(counts.values()), min(counts.values()), len(counts))

d = {"small": 5, "edge": 4611686018427387903, "neg": -4611686018427387904, "big": 10 ** 30,
     "float": 1.5, "bool": True, "str": "s", "list": [1], "none": None, "plain": Plain(2)}
print(bump_all(dict(d), 1))
print(bump_all(dict(d), -1))
print(bump_all(dict(d), True))
d2 = bump_all(dict(d), 2 ** 40)
print(d2["edge"], d2["neg"], d2["big"], d2["plain"])
items = [0, 1.0, False, 2 ** 62]
for j in range(len(items)):
    items[j] += 7
print(items)
vals = {"a": [1, 2]}
vals["a"] += 3

