from collections import OrderedDict, Counter, defaultdict
print(OrderedDict(a=1, b=2), OrderedDict([("z", 0)], y=1), OrderedDict(other=3))
print(Counter(a=3, b=1), Counter("aab", b=5), Counter(iterable=2))
d = defaultdict(list, x=[1]); d["y"].append(2); print(sorted(d.items()))
print(defaultdict(int, {"a": 1}, b=2)["b"], defaultdict(None, k=1))
