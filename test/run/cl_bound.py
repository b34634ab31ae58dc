# Bound methods as values: stored, passed as key= and to map, called later; functions of the
# class through the class; staticmethod and classmethod values; instance attributes shadowing
# class attributes and methods; callables kept in attributes; __call__.


class Account:
    rate = 0.5
    count = 0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        Account.count += 1

    def deposit(self, amount):
        self.balance += amount
        return self.balance

    def key(self):
        return (-self.balance, self.owner)

    def describe(self, prefix="acct"):
        return f"{prefix}:{self.owner}:{self.balance}"

    @staticmethod
    def fmt(x):
        return f"<{x}>"

    @classmethod
    def make(cls, owner):
        return cls(owner, 100)


a = Account("ann", 10)
b = Account("bob", 30)
dep = a.deposit
print(dep(5), dep(5), a.balance)
ops = [a.deposit, b.deposit]
for op in ops:
    print(op(1))
print(sorted([a, b, Account("cy", 20)], key=Account.key)[0].owner)
print([x.owner for x in sorted([a, b], key=lambda acc: acc.key())])
print(list(map(Account.describe, [a, b])))
print(list(map(a.describe, ["p", "q"])))
f = Account.fmt
g = a.fmt
print(f(1), g(2))
mk = Account.make
c = mk("cat")
print(c.describe(), type(c).__name__, a.make("dan").balance)


class Premium(Account):
    rate = 0.9

    def describe(self, prefix="prem"):
        return super().describe(prefix) + "*"


p = Premium.make("eve")
print(p.describe(), type(p).__name__, p.describe is not None)
bound = p.describe
print(bound(), bound("x"))

# instance attributes shadow class attributes
print(a.rate, b.rate, Premium.rate, p.rate)
a.rate = 0.1
print(a.rate, b.rate, Account.rate)
Account.rate = 0.2
print(a.rate, b.rate, p.rate)
del a.rate
print(a.rate, Account.count)

# methods held in other objects
table = {"dep": b.deposit, "desc": b.describe}
print(table["dep"](100), table["desc"]())
print(b.deposit.__name__, b.deposit.__self__ is b, b.deposit.__func__.__name__)


class Button:
    def __init__(self, label, on_click):
        self.label = label
        self.on_click = on_click

    def click(self):
        return self.on_click(self.label)


def shout(s):
    return s.upper() + "!"


btn = Button("ok", shout)
print(btn.click(), btn.on_click("direct"))
btn2 = Button("go", a.describe)
print(btn2.click())


class Multiplier:
    def __init__(self, k):
        self.k = k

    def __call__(self, x):
        return x * self.k


double = Multiplier(2)
print(double(21), list(map(double, [1, 2, 3])), sorted([3, 1, 2], key=Multiplier(-1)))
calls = [double, Multiplier(3), shout]
print([fn("ab") for fn in calls])
