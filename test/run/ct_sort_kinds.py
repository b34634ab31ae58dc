import random
random.seed(5)
a = [random.randint(-50, 50) for _ in range(300)]
print(sorted(a)[:20], sorted(a, reverse=True)[:10])
f = [random.random() for _ in range(300)] + [float("inf"), -0.0, 0.0, float("-inf")]
print(sorted(f)[:5], sorted(f)[-3:])
s = ["".join(random.choice("abcé𝄞") for _ in range(random.randint(0, 5))) for _ in range(200)]
print(sorted(s)[:15], sorted(s, reverse=True)[:5])
pairs = [(random.randint(0, 5), i) for i in range(100)]
print(sorted(pairs, key=lambda p: p[0])[:20])
print(sorted(pairs, key=lambda p: -p[0], reverse=True)[:20])
print(sorted(range(50)), sorted(range(50, 0, -1))[:5], sorted([3, 1.5, 2, True, -1]), sorted([2**70, 3, -2**65, 1]))
print(sorted(["b", "a", "c"] * 3), sorted("hello world"), sorted([0.5, 1, 0.25], key=lambda x: x))
nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0]), sorted([nan, 2.0, 1.0]))
l = list(range(20)); l.sort(key=lambda x: x % 5); print(l)
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(e)
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print(e)
class K:
    n = 0
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        K.n += 1
        return self.v < o.v
ks = [K(i) for i in [5, 3, 8, 1]]
print([k.v for k in sorted(ks)])
print(sorted([1, 2, 3, 4, 0, 9, 8]), sorted([[2, 1], [1, 2], [1]]))
