# Calls with *args / **kwargs of builtin functions, builtin methods, math functions and callables
# held in attributes: the callee is taken as a value and called through the runtime's binding.
import math

lst = []
lst.append(*[5])
lst.extend(*[[6, 7]])
lst.insert(*(0, 4))
print(lst, "-".join(*[["a", "b"]]), lst.index(*[6]))
d = {}
d.update(*[{1: 2}])
d.update(**{"k": 3})
print(d, d.get(*[1]), d.get(*[9, "none"]), d.pop(*["k"]), d.setdefault(*[5, 6]), d)
print(math.sqrt(*[16]), math.gcd(*[12, 18]), math.floor(*[2.5]))
print(max(*[1, 9, 3]), min(*[[4, 2]], key=lambda x: -x), abs(*[-3]), len(*["abc"]))
s = "a,b,c"
print(s.split(*[","]), s.replace(*("a", "z")), s.center(*(9, "*")), s.startswith(*["a,"]))
print("{}-{}".format(*[1, 2]), divmod(*[7, 2]), set(*[[1, 1]]), dict(*[[(1, 2)]], z=3))
print(sorted(*[[3, 1, 2]], reverse=True), list(*["ab"]), tuple(*[[1]]), str(*[5]), int(*["ff", 16]))
args = (2, 10)
print(pow(*args), round(*[2.567, 2]), pow(*args, *[7]))
st = {3}
st.add(*[4])
print(sorted(st), st.issubset(*[{3, 4, 5}]))


class Callback:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0

    def fire(self, *args, **kwargs):
        self.calls += 1
        return self.fn(*args, **kwargs)


class K:
    def m(self, a, b=2):
        return a + b

    @staticmethod
    def total(*a):
        return sum(a)


def describe(*a, **k):
    return f"{a} {sorted(k.items())}"


cb = Callback(describe)
print(cb.fire(1, 2, x=3), cb.fire(*"ab", **{"y": 1}), cb.calls)
print(Callback(max).fire(3, 4, 1), Callback(K().m).fire(*[1], b=9))
k = K()
print(k.m(*[1]), k.m(*[1, 5]), K.total(*range(4)), K.m(k, *[3]), k.m(**{"a": 1, "b": 1}))
try:
    cb.fire(*[1], **{"x": 1, "y": 2}, z=3)
    Callback(K().m).fire(*[1, 2, 3])
except TypeError as e:
    print("TypeError:", e)
lst.append(*[1, 2])
