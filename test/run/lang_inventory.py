# A small inventory system: classes, properties, generators, closures, exceptions,
# comprehensions and formatting together.
from contextlib import contextmanager


class InventoryError(Exception):
    pass


class OutOfStock(InventoryError):
    def __init__(self, sku, wanted, have):
        super().__init__(f"{sku}: wanted {wanted}, have {have}")
        self.sku = sku
        self.wanted = wanted
        self.have = have


class Item:
    def __init__(self, sku, name, price, *, qty=0, tags=()):
        self.sku = sku
        self.name = name
        self.price = price
        self.qty = qty
        self.tags = set(tags)

    @property
    def value(self):
        return self.price * self.qty

    def __repr__(self):
        return f"Item({self.sku!r}, {self.name!r}, {self.price:.2f}, qty={self.qty})"

    def __lt__(self, other):
        return (self.price, self.sku) < (other.price, other.sku)


class Inventory:
    def __init__(self):
        self.items = {}
        self.log = []
        self.listeners = []

    def on_change(self, fn):
        self.listeners.append(fn)
        return fn

    def _notify(self, event, item, **info):
        for fn in self.listeners:
            fn(event, item, **info)

    def add(self, sku, name, price, **kw):
        if sku in self.items:
            raise InventoryError(f"duplicate sku {sku}")
        item = self.items[sku] = Item(sku, name, price, **kw)
        self._notify("add", item)
        return item

    def take(self, sku, n=1):
        try:
            item = self.items[sku]
        except KeyError:
            raise InventoryError(f"unknown sku {sku}") from None
        if item.qty < n:
            raise OutOfStock(sku, n, item.qty)
        item.qty -= n
        self._notify("take", item, n=n)
        return item

    def restock(self, sku, n):
        self.items[sku].qty += n
        self._notify("restock", self.items[sku], n=n)

    def low_stock(self, limit=3):
        for item in sorted(self.items.values()):
            if item.qty <= limit:
                yield item

    def by_tag(self):
        out = {}
        for item in self.items.values():
            for t in sorted(item.tags):
                out.setdefault(t, []).append(item.sku)
        return out

@contextmanager
def transaction(inv):
    saved = {sku: it.qty for sku, it in inv.items.items()}
    try:
        yield inv
    except InventoryError as e:
        for sku, q in saved.items():
            inv.items[sku].qty = q
        inv.log.append(f"rolled back: {e}")
    else:
        inv.log.append("committed")


inv = Inventory()
events = []


@inv.on_change
def record(event, item, **info):
    events.append((event, item.sku, info.get("n")))


def counter():
    counts = {}

    def count(event, item, **info):
        counts[event] = counts.get(event, 0) + 1
        return counts

    return count, counts


count, counts = counter()
inv.on_change(count)

inv.add("A1", "bolt", 0.25, qty=100, tags=["metal", "small"])
inv.add("B2", "nut", 0.1, qty=2, tags=["metal"])
inv.add("C3", "gear", 4.5, qty=5, tags=["metal", "large"])
inv.add("D4", "belt", 12.0, tags=["rubber"])

for action in [("A1", 10), ("B2", 5), ("Z9", 1), ("C3", 5)]:
    try:
        it = inv.take(*action)
        print(f"took {action[1]:>3} x {it.name:<5} left {it.qty}")
    except OutOfStock as e:
        print("out of stock:", e, (e.wanted - e.have))
    except InventoryError as e:
        print("error:", e)

print([repr(i) for i in inv.low_stock()])
print(inv.by_tag())

with transaction(inv):
    inv.take("A1", 50)
    inv.take("B2", 3)
print(inv.items["A1"].qty, inv.log)
with transaction(inv) as t:
    t.restock("D4", 7)
    t.take("D4", 2)
print(inv.items["D4"].qty, inv.log[-1])

total = sum(i.value for i in inv.items.values())
print(f"total value: {total:,.2f}")
print("%-6s %6s %8s" % ("sku", "qty", "value"))
for i in sorted(inv.items.values(), key=lambda i: -i.value):
    print("%-6s %6d %8.2f" % (i.sku, i.qty, i.value))
print(events)
print(sorted(counts.items()))
try:
    inv.add("A1", "dup", 1.0)
except InventoryError as e:
    print(type(e).__name__, e, isinstance(e, Exception))
