import json, re, random, math, time
from dataclasses import dataclass, field
from typing import List, Optional

@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: List[str] = field(default_factory=list)

    @property
    def total(self) -> float:
        return self.price * self.qty

class Inventory:
    def __init__(self):
        self.items: dict[str, Item] = {}

    def add(self, item: Item) -> None:
        if item.name in self.items:
            self.items[item.name].qty += item.qty
        else:
            self.items[item.name] = item

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(sorted(self.items.values(), key=lambda i: i.name))

    def value(self) -> float:
        return sum(i.total for i in self)

    def find(self, pattern: str) -> list:
        rx = re.compile(pattern, re.I)
        return [i.name for i in self if rx.search(i.name)]

inv = Inventory()
random.seed(42)
for n in ['apple', 'Banana', 'cherry', 'apple', 'date']:
    inv.add(Item(n, round(random.uniform(0.5, 3.0), 2), random.randint(1, 5), [n[0]]))
print(len(inv), f"{inv.value():.2f}", inv.find('^a|e$'))
for it in inv:
    print(f"{it.name:<8}{it.price:>6.2f} x{it.qty} = {it.total:7.2f} {it.tags}")
data = json.dumps({i.name: {'p': i.price, 'q': i.qty} for i in inv}, indent=2, sort_keys=True)
print(data)
back = json.loads(data)
print(back['apple'], type(back['apple']['q']).__name__)
print(re.sub(r'(\w+)@(\w+)\.com', r'\2:\1', 'bob@example.com, amy@test.com'))
print(re.findall(r'\d+', 'a1b22c333'), re.split(r'[,;]\s*', 'a, b;c'))
m = re.match(r'(?P<key>\w+)=(?P<val>\d+)', 'width=42')
print(m.group('key'), int(m['val']) * 2, m.groupdict(), m.span())
opt: Optional[int] = None
print(opt or 'none', math.isclose(0.1 + 0.2, 0.3), math.floor(-2.5), math.gcd(12, 18))
t0 = time.perf_counter()
print(time.perf_counter() >= t0)
class Stack:
    def __init__(self): self._d = []
    def push(self, x): self._d.append(x); return self
    def pop(self):
        if not self._d:
            raise IndexError("pop from empty stack")
        return self._d.pop()
    def __repr__(self): return f"Stack({self._d!r})"
s = Stack().push(1).push(2)
print(s, s.pop(), s)
try:
    Stack().pop()
except IndexError as e:
    print(type(e).__name__, e)
def gen_primes():
    n = 2
    while True:
        if all(n % p for p in range(2, int(n ** 0.5) + 1)):
            yield n
        n += 1
g = gen_primes()
print([next(g) for _ in range(10)])
print(sorted(random.sample(range(100), 5)), random.choice('xyz'))
lst = list(range(10)); random.shuffle(lst); print(lst)
