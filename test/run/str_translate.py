# str.maketrans and str.translate: tables from two or three strings or a dict, any mapping or
# sequence as a table, deletion, multi-character replacements, and CPython's errors.
t = str.maketrans("abc", "xyz")
print(sorted(t.items()))
print("aabbcc".translate(t), "cab".translate(str.maketrans("abc", "xyz", "c")))
print(sorted(str.maketrans({"a": 1, 98: "x", "c": None}).items()))
print(str.maketrans("aa", "xy"))
rot13 = str.maketrans("ABCDEFGHIJKLMabcdefghijklmNOPQRSTUVWXYZnopqrstuvwxyz",
                      "NOPQRSTUVWXYZnopqrstuvwxyzABCDEFGHIJKLMabcdefghijklm")
print("Hello, World!".translate(rot13), "Hello, World!".translate(rot13).translate(rot13))
print("abc".translate({97: "XY", 98: None, 99: 100}), "ab".translate({97: True}))
print("é☃x".translate({233: "😀", ord("x"): "ü"}), "abc".translate({"a": "x"}))
print("abc".translate(["z"] * 98), "".translate({}), "keep".translate({}))
no_punct = str.maketrans("", "", ",.!?;:")
print("Hi, there! How are you? Fine; thanks.".translate(no_punct).split())


class Upper:
    def __getitem__(self, c):
        if c < 97 or c > 122:
            raise LookupError(c)
        return c - 32


print("mixed Case 123".translate(Upper()))
vowels = {ord(v): None for v in "aeiou"}
print("programming language".translate(vowels))

for thunk in [
    lambda: str.maketrans(),
    lambda: str.maketrans("ab", "c"),
    lambda: str.maketrans(1, "c"),
    lambda: str.maketrans("a", 2),
    lambda: str.maketrans("a", "b", 3),
    lambda: str.maketrans("ab"),
    lambda: str.maketrans({"ab": 1}),
    lambda: str.maketrans({1.5: 1}),
    lambda: str.maketrans("a", "b", "c", "d"),
    lambda: str.maketrans(x="a"),
    lambda: "abc".translate({97: 1.5}),
    lambda: "abc".translate({97: 0x110000}),
    lambda: "abc".translate({97: -1}),
    lambda: "abc".translate(5),
    lambda: "abc".translate(),
    lambda: (5).translate({}),
]:
    try:
        print(repr(thunk()))
    except Exception as e:
        print(type(e).__name__, e)

f = "spam".translate
print(f({ord("s"): "S"}), hasattr("x", "translate"), list(map(str.translate, ["ab", "ba"], [t, t])))
print("abc".translate({97: 2.5}))
