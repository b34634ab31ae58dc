# str() of ints (one digit: a static str), ord() of one-character strs, generic s[i] (an
# argument of unknown type), join reading list and tuple items in place.

def conv(values):
    out = []
    for v in values:
        out.append(str(v))
    return out


print(conv([0, 1, 5, 9, 10, -1, -9, -10, 99, 100, 2 ** 62, -(2 ** 62), 2 ** 63, -(2 ** 70), True, False, 3.0, None, "s"]))
print([len(str(i)) for i in range(-12, 13)], str(7) == "7", str(7) + str(8), "%s" % 7, f"{7}{-7}")


class S(int):
    def __str__(self):
        return "S!"


print(str(S(3)), repr(S(3)), conv([S(4)]))


def ords(s):
    r = []
    for i in range(len(s)):
        r.append(ord(s[i]))
    return r


print(ords("aé日𝔘\x00\x7f"), ords(""), ord("\U0010ffff"), ord(chr(0x10FFFF)))
for bad in ["", "ab"]:
    try:
        ord(bad)
    except TypeError as e:
        print("TypeError", e)


def item(x, k):
    try:
        return x[k]
    except (IndexError, TypeError) as e:
        return type(e).__name__ + ": " + str(e)


for k in [0, 1, 4, 5, -1, -5, -6, True, False, 2 ** 40, -(2 ** 40), 2 ** 70, 1.0, "a", None]:
    print(repr(k), item("héllo", k), item("𝔘x", k), item("", k), item([1, 2], k), item((3,), k))


def joined(sep, xs):
    return sep.join(xs)


print(joined(", ", ["a", "é", "𝔘"]), joined("", ("x", "y")), joined("-", []), joined("-", ["only"]), joined("+", ("", "")))
print(joined("é", ["a" * 70, "b" * 3]) == "a" * 70 + "é" + "bbb", len(joined("ab" * 40, ["c" * 65] * 3)))
for bad in [["a", 1], ("a", None), [b"x"]]:
    try:
        joined(", ", bad)
    except TypeError as e:
        print("TypeError", e)
