# f-strings whose spec is a constant the specializer reads: ".0f" to ".3f" of a float and "d",
# "5d", "02d" of an int are made straight from the value (stdlib/_rt/format.py rt_fmt_fixed_p,
# rt_fmt_int_w); their results must be CPython's for ties, signs, zeros and every magnitude.


def fixed(x):
    y = x * 1.0
    return f"{y:.0f}|{y:.1f}|{y:.2f}|{y:.3f}"


def ints(n):
    m = n + 0
    return f"{m:d}|{m:5d}|{m:02d}|{m:07d}|{m:1d}|{m:0d}"


def ints_any(n):
    # (called with the items of a list: formatted through the generic path)
    return f"{n:d}|{n:5d}|{n:02d}|{n:07d}|{n:1d}|{n:0d}"


def main():
    vals = [0.0, -0.0, 0.5, 1.5, 2.5, -0.5, -2.5, 0.125, 0.375, 0.625, -0.125, 1.005, 2.675,
            0.045, 1.0005, 123.456, -123.456, 0.001, 0.0005, 0.0004999, -0.0005, 1e-05, 3e-12,
            4503599627370495.5, 4503599627370496.0, 9007199254740993.0, 1e16, 1e22, -1e300,
            float("inf"), float("-inf"), float("nan"), 5e-324, 2.2250738585072014e-308,
            0.49999999999999994, 999.9995, 999.9994999, 99.995, 9.995, 0.995, 1234567.8915]
    for v in vals:
        print(fixed(v))
    x = 12345
    acc = 0
    for i in range(20000):
        x = (x * 1103515245 + 12345) % 2147483648
        v = (x - 1073741824) / 2 ** (x % 40)
        s = fixed(v)
        acc = (acc * 31 + len(s) + ord(s[-1])) % 1000000007
        if i % 2000 == 0:
            print(s)
    print(acc)
    for n in [0, 1, -1, 5, -5, 9, 10, -10, 99, 100, -100, 12345, -12345, 123456, -1234567,
              2 ** 62 - 1, -2 ** 62, 2 ** 62, 2 ** 63, -2 ** 63 - 1, 10 ** 30, -10 ** 30]:
        print(ints_any(n))
    for k in range(0, 70, 3):
        print(ints((1 << k) - 1), ints(-(1 << k)), ints(3 - k))
    for i in range(-30, 30, 7):
        print(f"k{i % 13:02d}", f"[{i:3d}]", f"{i * 7:04d}")


main()
