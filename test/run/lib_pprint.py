# pprint: short objects on one line (dict keys sorted), long dicts, lists, tuples, sets and strs
# broken over lines at CPython's places, with indent, width, depth, compact, sort_dicts, pp,
# pformat, saferepr, isreadable, isrecursive and recursive structures.
import pprint
from pprint import pformat, pp


class Opaque:
    pass



data = {"name": "keel", "versions": [1, 2, 3], "tags": {30, 1, 2}, "nested": {"b": 2, "a": 1}}
pprint.pprint(data)
big = {f"key{i:02d}": list(range(i, i + 8)) for i in range(12)}
pprint.pprint(big)
pprint.pprint(big, width=40, indent=4)
pprint.pprint(big, depth=1)
pprint.pprint(list(range(60)), compact=True)
pprint.pprint(list(range(30)))
pprint.pprint((1, (2, (3, (4, (5, (6, (7, (8, (9, (10,)))))))))), width=20)
pprint.pprint([("alpha", 1.5, None, True), ("beta", -2, b"xy", False)] * 3)
pprint.pprint({3, 1, 2, 10, 25, 7}, width=10)
pprint.pprint(frozenset(range(25)), width=30)
text = "The quick brown fox jumps over the lazy dog. " * 4
pprint.pprint(text)
pprint.pprint({"text": text, "lines": "one\ntwo\nthree " * 6})
pprint.pprint([[1, 2, [3, 4, [5, 6, [7, 8]]]]] * 4, width=30)
print(pformat({"z": 1, "a": [1] * 30}, width=50))
pp({"z": 1, "a": 2, "m": list(range(30))})
pprint.pprint({"z": 1, "a": 2, "m": list(range(30))}, sort_dicts=False)
pprint.pprint(123456789, underscore_numbers=True)
pprint.pprint([10 ** 12, 3.5, "x"], underscore_numbers=True)
print(pprint.saferepr({"b": [1, 2], "a": (3,)}), pprint.isreadable([1, "a"]), pprint.isreadable(Opaque()))
loop = [1, 2]
loop.append(loop)
print(pprint.isrecursive(loop), pprint.isrecursive([1, [2]]))
pprint.pprint({1: "a", "b": 2, None: 3, (1, 2): 4})
pprint.pprint([], width=1)
pprint.pprint({}, width=1)
pprint.pprint(("a",), width=1)
printer = pprint.PrettyPrinter(indent=2, width=30)
printer.pprint({"matrix": [[i * j for j in range(6)] for i in range(4)]})
print(printer.pformat(list("abcdefghijklmnop")))
try:
    pprint.PrettyPrinter(indent=-1)
except ValueError as e:
    print(e)
