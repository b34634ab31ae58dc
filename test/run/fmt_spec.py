# format(), f-strings and the format-spec mini-language for int, float, str
x = 42
y = -3.14159
s = "héllo"
big = 2 ** 100
print(f"{x}|{x:5}|{x:<5}|{x:^6}|{x:*>7}|{x:+}|{x: }|{-x:=+8}|{x:08}|{x:#x}|{x:#X}|{x:#o}|{x:#b}|{x:c}|{x:n}|{x:,}|{x:_}")
print(f"{1234567:,}|{1234567:_}|{1234567:010,}|{1234:08,}|{255:_x}|{123456:#_x}|{-1234567:,}|{0:,}|{big:,}|{big:x}|{-big:#b}|{big:o}")
print(f"{y}|{y:.2f}|{y:10.3f}|{y:<10.1f}|{y:e}|{y:.3E}|{y:g}|{y:%}|{y:.1%}|{y:+.0f}|{y:#.0f}|{y:010.2f}|{y:=10.2f}")
for v in [0.0, -0.0, 1.0, 0.1, 1e-5, 1e-4, 123456.0, 1234567.0, 1e16, 1e22, 1.5e-10, 3.0e100, 2.5, 0.5, 1.25, float("inf"), float("-inf"), float("nan")]:
    print(f"{v}|{v:g}|{v:.3g}|{v:#g}|{v:.3}|{v:.0e}|{v:f}|{v:12.4e}|{v:G}|{v:,.2f}|{v:z.1f}|{v:+}|{v:010}|{v:.10}|{v:n}")
print(f"{s}|{s:10}|{s:>10}|{s:^10}|{s:.2}|{s:*^9.3}|{s!r}|{s!a}|{s!s:>8}|{'🐍':3}|")
print(f"{x=}|{y = }|{s=!s}|{x=:>5}|{x*2=}|{'a' 'b'}|{{}}|{x!r:>4}|{3.0!s}")
w = 10
p = 3
print(f"{y:{w}.{p}f}|{x:>{w}}|{s:{'^'}{w}}|{y:{'.'}{p}}|{f'{x}':>5}")
print(format(x), format(x, "d"), format(y, ".2f"), format(s, "<7"), format(True), format(True, "d"), format(False, ">5"), format(None), format([1, 2]), format(1.5, ""), format(10**20, "e"), format(3, "e"), format(7, "%"), format(12, ".2f"))
print(format(65, "c"), format(0x1F40D, "c"), format(True, "n"), format(3.0, "n"), format(1e6, "n"), format(-1, "b"), format(0, "#x"), format(-255, "#06x"), format(255, "#010b"))
print(f"{1e300 * 10:f}|{12345.6789:,.2f}|{12345.6789:_.3f}|{0.000012345:.3e}|{9.999:.2f}|{9.995:.2f}|{0.5:.0f}|{1.5:.0f}|{2.5:.0f}|{1e-7:.3g}|{123.456:.4g}|{0.0001:.1g}")
print("%s|%r|%a|%5s|%-5s|%.2s|%c|%c" % ("é", "é", "é", "ab", "ab", "abc", 65, "z"))
print("%d|%i|%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%#o|%o|%.3d|%d|%d" % (42, -7, 3, 3, -3, 3, 3, 255, 255, 255, 8, 8, 5, True, 3.9))
print("%f|%.2f|%10.3f|%-10.1f|%e|%.3E|%g|%G|%#g|%.0f|%05.1f|%+.2e|%f|%f" % (3.14159, 2.5, -1.5, 1.25, 12345.678, 0.00012, 0.0001, 1e20, 1.0, 0.5, -2.25, 1234.5, float("inf"), float("nan")))
print("%s %%" % 5, "%%", "%s" % (1,), "%s" % [1, 2], "%s-%s" % ("a", "b"), "abc" % (), "%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159), "%(x)s" if False else "", "%d%%" % 50)
print("{} {}".format(1, 2), "{1} {0}".format("a", "b"), "{0}{0}".format("x"), "{a}-{b}".format(a=1, b="z"), "{:>5}|{:.2f}|{!r}".format("ab", 3.14159, "q"), "{0[1]}".format([5, 6]), "{{}} {}".format(7))
print("{:{}}|{:{}.{}f}|{x:^{w}}".format("a", 4, 3.14159, 8, 2, x="m", w=5), "{0!s:>4}{0!r:<5}|".format("é"), "{:,}".format(1234567), "{:%}".format(0.25), "{0:{1}}".format(3, "03"))
print("{0} {1[0]} {2[0][1]}".format("a", ("b",), [[1, 2]]), "{:c}".format(97), "{:e}".format(1.0), "{}".format(None), "{}".format([1, "x"]))
