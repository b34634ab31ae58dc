class Proxy:
    def __init__(self, target):
        self.target = target
        self.hits = 0

    def __getattr__(self, name):
        self.hits += 1
        if name.startswith("x_"):
            raise AttributeError(f"no {name}")
        return getattr(self.target, name)


class T:
    color = "red"
    def __init__(self):
        self.size = 3


p = Proxy(T())
print(p.size, p.color, p.hits, p.target.size)
try:
    p.x_bad
except AttributeError as e:
    print("AE", e)
print(getattr(p, "size"), hasattr(p, "x_y"), hasattr(p, "color"), p.hits)
print(p.__class__.__name__, type(p).__name__, p.__class__ is Proxy)
class D(Proxy):
    pass
d = D(T())
print(d.color, d.__class__.__name__)
print((1).__class__, "a".__class__.__name__)
class Defaults:
    def __getattr__(self, name):
        return name.upper() * 2
print(Defaults().abc, Defaults().zz)


# a record whose fields live in a dict, read through __getattr__
class Record:
    def __init__(self, **fields):
        self._fields = fields

    def __getattr__(self, name):
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"'Record' object has no attribute '{name}'") from None

    def __repr__(self):
        return "Record(" + ", ".join(f"{k}={v!r}" for k, v in self._fields.items()) + ")"


r = Record(name="widget", qty=4, price=2.5)
print(r.name, r.qty * r.price, r)
try:
    print(r.missing)
except AttributeError as e:
    print(e)
total = sum(getattr(Record(qty=i), "qty") for i in range(5))
print(total)
print([type(x).__name__ for x in (r, 1, "s", [], None, Record)])
print(r.__class__ is Record, isinstance(r, r.__class__))
