# "[" + sep.join(x) + "]" is one rt_str_join_wrap call at -O2 (strcat.ts): the joined part is
# copied once. Lists, tuples, generators and dict keys joined; empty and one-item joins with a
# wide separator (the result must equal, hash and compare like the literal); wide ends and items;
# the join's TypeErrors (raised before anything is built); a join used twice (not fused).


def wrap(sep, xs):
    if sep == ", ":
        return "[" + ", ".join(xs) + "]"
    if sep == "":
        return "[" + "".join(xs) + "]"
    if sep == "\u2014":
        return "[" + "\u2014".join(xs) + "]"
    return "[" + "\U0001F600".join(xs) + "]"


def wide(sep, xs):
    if sep == ", ":
        return "\u20ac<" + ", ".join(xs) + ">\U0001F600"
    return "\u20ac<" + sep.join(xs) + ">\U0001F600"


def twice(sep, xs):
    j = "-".join(xs)
    return "(" + j + ")", j, sep


cases = [[], ["a"], ["a", "b"], ("x", "yy", "zzz"), ["caf\u00e9", "b"], ["\u4e2d", "\U0001F680"], [""], ["", ""]]
for sep in (", ", "", "\u2014", "\U0001F600"):
    for xs in cases:
        r = wrap(sep, xs)
        w = wide(sep, xs)
        print(repr(r), len(r), repr(w), len(w), twice(sep, xs))
print(wrap(", ", (str(i) for i in range(5))), wrap("\u2014", {"k": 1, "j": 2}), wrap("", "abc"))
print(wrap("\u2014", ["a"]) == "[a]", hash(wrap("\u2014", ["a"])) == hash("[a]"), wrap("\u2014", []) == "[]")
print({wrap("\U0001F600", ["q"]): 1}.get("[q]"), wrap("\u2014", ["z"]) < "[z]", "[z]" in [wrap("\u2014", ["z"])])
print(wrap("\u2014", ["ab"]).upper(), wrap("\u2014", ["ab"])[1:3], wrap("\u2014", ["ab"]).encode())
for bad in ([1, "a"], ["a", None], 5, None):
    try:
        print(wrap(", ", bad))
    except TypeError as e:
        print("TypeError:", e)
rows = [wrap(", ", [str(i), str(i * i)]) for i in range(2000)]
out = "{\n  " + ",\n  ".join(rows) + "\n}"
print(len(out), out[:40], out[-30:])
