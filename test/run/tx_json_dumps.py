# json.dumps: every option, CPython's exact text (floats, escapes, indentation, separators).
import json

values = [
    None, True, False, 0, -7, 10**30, 1.5, -0.0, 1e100, 1e-7, 0.1 + 0.2, 123456789.0,
    float('nan'), float('inf'), -float('inf'), "", "plain", 'q"uote', "back\\slash",
    "ctl\n\r\t\b\f\x00\x01\x1f\x7f", "caf\u00e9", "\u20ac", "\U0001f600 smile", "\ud800",
    [], {}, (), [1, [2, [3, []]]], (1, "two", 3.0), {"k": {"n": {}}},
]
for v in values:
    print(json.dumps(v))
    print(ascii(json.dumps(v, ensure_ascii=False)))

doc = {"name": "Keel", "tags": ["wasm", "python"], "ver": 3.12, "ok": True, "none": None,
       "nested": {"b": [1, 2, {"c": []}], "a": {}}, "empty": []}
print(json.dumps(doc))
print(json.dumps(doc, indent=2))
print(json.dumps(doc, indent=0))
print(json.dumps(doc, indent="\t"))
print(json.dumps(doc, indent=-1))
print(json.dumps(doc, indent=1, sort_keys=True))
print(json.dumps(doc, separators=(",", ":")))
print(json.dumps(doc, indent=3, separators=(" ,", " = ")))
print(json.dumps(doc, sort_keys=True))
print(json.dumps([doc, doc]))

# Keys of every allowed type, skipkeys, sorting.
print(json.dumps({1: "int", 2.5: "float", True: "t", False: "f", None: "n", "s": "str"}))
print(json.dumps({(1, 2): "tuple", "a": 1, frozenset(): 2}, skipkeys=True))
print(json.dumps({3: 1, 1: 2, 2: 3}, sort_keys=True))
print(json.dumps({"b": 1, "a": 2, "\u00e9": 3, "A": 4}, sort_keys=True, ensure_ascii=False))
print(json.dumps({float('nan'): 1, float('inf'): 2}))

# default= turns unknown objects into something serializable.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def enc(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError("cannot " + type(o).__name__)

print(json.dumps([Point(1, 2), {3, 1, 2}, Point(Point(0, 0), [])], default=enc))
print(json.dumps({"p": Point(1.5, None)}, default=enc, indent=2))
print(json.dumps([b"x"], default=repr))
print(json.dumps(range(3), default=list))

# Errors: the message and class, like CPython.
def attempt(f):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

attempt(lambda: json.dumps({1, 2}))
attempt(lambda: json.dumps([Point(1, 2)]))
attempt(lambda: json.dumps({(1, 2): 3}))
attempt(lambda: json.dumps({1: 1, "a": 2}, sort_keys=True))
attempt(lambda: json.dumps(float('nan'), allow_nan=False))
attempt(lambda: json.dumps([1.0, float('-inf')], allow_nan=False))
attempt(lambda: json.dumps({float('inf'): 0}, allow_nan=False))
attempt(lambda: json.dumps([1, Point(0, 0)], default=enc, allow_nan=False))
attempt(lambda: json.dumps(b"bytes"))
attempt(lambda: json.dumps([1], default=enc, separators=(",",)))
lst = [1, 2]
lst.append(lst)
attempt(lambda: json.dumps(lst))
d = {"a": 1}
d["self"] = [d]
attempt(lambda: json.dumps(d))
same = [1]
print(json.dumps([same, same, {"x": same}]))

def loop(o):
    return [o]
attempt(lambda: json.dumps(Point(0, 0), default=loop))
attempt(lambda: json.dumps(Point(0, 0), default=enc))
