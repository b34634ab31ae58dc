# str.format_map: named fields looked up in any mapping (a dict, classes with __getitem__), with attribute/index parts, nested specs and conversions; CPython's errors.
class Default:
    def __init__(self, **kw):
        self.d = kw

    def __getitem__(self, k):
        return self.d.get(k, "<" + k + ">")


class Env:
    def __getitem__(self, k):
        return k.upper()


point = {"x": 3, "y": -4.5, "name": "origin", "tags": ["a", "b"]}
print("{name}: ({x}, {y:+.2f}) {tags[1]} {x.real} {name!r:>10}".format_map(point))
print("{x:>{w}}|{y:^{w}}|".format_map({"x": 1, "y": 2, "w": 5}))
print("{who} owes {amount:,.2f}".format_map(Default(who="Ann", amount=1234.5)))
print("{who} owes {amount}".format_map(Default(who="Bob")))
print("{home}/{user}".format_map(Env()), "{{literal}} {a}".format_map({"a": 1}))
fm = "{k}={v}".format_map
print([fm({"k": k, "v": v}) for k, v in sorted({"b": 2, "a": 1}.items())])
for thunk in [
    lambda: "{0}".format_map({}),
    lambda: "{}".format_map({}),
    lambda: "{a}".format_map({}),
    lambda: "a".format_map(5),
    lambda: "{a}".format_map(5),
    lambda: "{a}".format_map(),
    lambda: "{a.nope}".format_map({"a": 1}),
]:
    try:
        print(repr(thunk()))
    except Exception as e:
        print(type(e).__name__, e)
print("{missing}".format_map({"present": 1}))
