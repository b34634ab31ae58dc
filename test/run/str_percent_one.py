# `fmt % x` with a constant format of one %d/%i/%s conversion and x a proven int or str is
# compiled as the f-string it means (src/passes/specialize.ts); everything else is the generic
# % formatting.


class MyInt(int):
    def __str__(self):
        return "MyInt!"


class MyStr(str):
    def __str__(self):
        return "MyStr!"


def names(n):
    out = []
    for i in range(n):
        out.append("v%d" % i)
        out.append("%d" % (i - 2))
        out.append("%i." % (i * 10 ** 20))
        out.append("<%s>" % i)
        out.append("a%%b%d%%" % i)
        out.append("%s" % ("s" + str(i)))
        out.append("[%s]" % ("s" * i))
        out.append("%%%s%%" % "x")
    return out


print(names(3))
print("%d" % True, "%s" % False, "%i" % MyInt(4), "%s" % MyStr("q"), "%d" % 3.7)
print("%s" % (1,), "%d %d" % (1, 2), "%5d|" % 7, "%x" % 255, "%s" % None, "%s" % [1, 2])
for bad in [lambda: "%d" % "s", lambda: "x" % 5, lambda: "%d %d" % 5, lambda: "%q" % 1, lambda: "%" % 1]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
k = 0
for j in range(5):
    k += len("id%d" % j) + len("%s-%s" % ("a", j))
print(k)
