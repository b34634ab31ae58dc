# Attribute types per (class, name): the same name holds different types in different classes,
# subclasses store their own, class attributes and stores through unknown receivers reach reads.


class Node:
    def __init__(self, v, link):
        self.value = v
        self.link = link


class Packet:
    def __init__(self, n):
        self.link = None
        self.value = "p" + str(n)
        self.count = 0


class Base:
    scale = 3

    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x * self.scale


class Child(Base):
    scale = 0.5

    def __init__(self, x):
        Base.__init__(self, x)
        self.x = float(x)


class Other:
    pass


def chain(n):
    head = None
    for i in range(n):
        head = Node(i, head)
    return head


def total(head):
    t = 0
    while head is not None:
        t += head.value
        head = head.link
    return t


def pk(n):
    p = Packet(0)
    q = p
    for i in range(1, n):
        q.link = Packet(i)
        q = q.link
    out = []
    while p is not None:
        out.append(p.value)
        p.count += 1
        p = p.link
    return out


def set_any(o, v):
    o.value = v  # o is whatever the caller passes


def read_value(o):
    return o.value


print(total(chain(10)))
print(pk(4))
items = [Base(2), Child(3), Base(5)]
print([b.get() for b in items])
print([type(b.x).__name__ for b in items])
n = Node(1, None)
set_any(n, "now a str")
print(read_value(n), read_value(Packet(7)))
o = Other()
set_any(o, [1, 2])
print(read_value(o) + [3])
Base.scale = "s"
print(Base(2).get(), Child(2).get())
mixed = [Node(5, None), Packet(9), Other()]
mixed[2].value = 2.5
for m in mixed:
    v = m.value
    print(type(v).__name__, v * 2)
k = Node(3, Packet(4))
print(k.link.value + "!", k.link.link)
k.link.link = Node(6, None)
print(total(k.link.link))
c = Child(4)
c.x = 10
print(c.get())
print(Node(1, None).value + Packet(2).count)
del n.value
try:
    print(n.value)
except AttributeError as e:
    print("AttributeError:", e)
print(Packet(3).missing)
