# random.Random instances (independent generators), choices with weights and cum_weights, sample
# with counts, the distributions, randbytes, getstate/setstate, a subclass's own random().
import random
from random import Random

r = Random(12345)
print(r.random(), r.randint(1, 100), r.choice("abcdef"), r.randrange(0, 100, 7))
print(r.choices(range(10), k=5))
print(r.choices(["a", "b", "c"], weights=[1, 5, 10], k=8))
print(r.choices(["a", "b", "c"], cum_weights=[1, 6, 16], k=4))
print(r.getrandbits(70), r.randbytes(5))
x = list(range(12))
r.shuffle(x)
print(x, r.sample(range(1000), 5), r.sample(["x", "y"], 4, counts=[3, 2]))
print(r.uniform(1, 2), r.triangular(0, 10, 3), r.gauss(5, 2), r.normalvariate(0, 1))
print(r.lognormvariate(0, 0.5), r.expovariate(2.0), r.vonmisesvariate(1.0, 4.0))
print(r.gammavariate(2.5, 1.5), r.gammavariate(1.0, 2.0), r.gammavariate(0.5, 1.0))
print(r.betavariate(2, 3), r.paretovariate(3), r.weibullvariate(1, 1.5))

# two generators are independent; the module's functions share one
a, b = Random(7), Random(7)
print([a.random() for _ in range(3)] == [b.random() for _ in range(3)])
random.seed(7)
print(random.random() == Random(7).random())
print(random.choices("xyz", k=6), random.normalvariate(), random.betavariate(0.5, 0.5))

# getstate / setstate replay the same numbers
s = random.getstate()
first = [random.random() for _ in range(4)]
random.setstate(s)
print(first == [random.random() for _ in range(4)], len(s[1]), s[0])
st = r.getstate()
g1 = r.gauss()
r.setstate(st)
print(g1 == r.gauss())

# a subclass's own random() drives the distributions
class Fixed(Random):
    def random(self):
        return 0.25

f = Fixed(1)
print(f.uniform(0, 8), f.choice([10, 20, 30, 40]), f.choices("abcd", k=3), f.expovariate(1.0))

for bad in (lambda: r.choices("ab", [1, 2, 3]), lambda: r.choices("ab", 2),
            lambda: r.choices("ab", [1, 1], cum_weights=[1, 2]), lambda: r.choices("ab", [0, 0]),
            lambda: r.gammavariate(0, 1), lambda: random.setstate((2, (), None)),
            lambda: r.sample([1, 2], 3)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
