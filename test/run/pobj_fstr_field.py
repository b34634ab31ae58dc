# An f-string field with no conversion and no spec is the str itself (rt_format_value's inlined
# case); str subclasses, conversions, specs and other types keep CPython's results.
class S(str):
    def __format__(self, spec):
        return "S<" + self.upper() + "|" + spec + ">"

    def __str__(self):
        return "S-str"


class T(str):
    pass


class U:
    def __format__(self, spec):
        return "U(" + spec + ")"


def show(v):
    return f"[{v}] [{v!s}] [{v!r}] [{v!a}] [{v:>6}]"


for v in ["abc", "", "\u00e9t\u00e9", "\U0001F600", S("sub"), T("plain-sub"), 42, 2.5, None, True, (1, "a"), ["x"]]:
    try:
        print(show(v))
    except TypeError as e:
        print("TypeError:", e)
u = U()
print(f"[{u}] [{u:>6}]")
words = ["k" + str(i) for i in range(5)]
print(", ".join(f'"{w}": {len(w)}' for w in words))
x = "mixed"
print(f"{x}{x}{'lit'}{x!r}")
