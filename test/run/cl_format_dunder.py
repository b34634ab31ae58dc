class Money:
    def __init__(self, v): self.v = v
    def __format__(self, spec):
        if spec == "usd":
            return f"${self.v:.2f}"
        return format(self.v, spec)
    def __str__(self): return f"Money({self.v})"
m = Money(3.5)
print(f"{m}", f"{m:usd}", f"{m:>8}", "{:usd}".format(m), format(m, "usd"), format(m), str(m))
print("%s" % m, f"{m!s}", f"{m!s:>12}")
class Bad:
    def __format__(self, spec): return 42
try:
    f"{Bad()}"
except TypeError as e:
    print(e)
class Plain:
    def __str__(self): return "plain"
print(f"{Plain()}", format(Plain()), "{}".format(Plain()))
try:
    f"{Plain():>5}"
except TypeError as e:
    print(e)
