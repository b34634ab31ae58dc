# Arithmetic with inf, nan and signed zeros; comparisons and min/max with them.
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - 1e308, inf * -2, inf / 1e308, 1 / inf, -1 / inf, inf + inf, -inf - inf)
print(nan + 1, nan * 0, nan - nan, inf - inf, inf / inf, 0 * inf)
print(1e308 * 10, -1e308 * 10, 1e308 + 1e308, 1e-308 / 1e10, 5e-324 / 2, -5e-324 / 2)
print(0.0 * -1, -0.0 * -1, -0.0 + 0, -0.0 * 5, 0.0 / -3, -0.0 / -3, -0.0 // 1, -0.0 % 5)
print(abs(-0.0), -(-0.0), -0.0 == 0, int(-0.0), round(-0.4), round(-0.5), round(-0.6))
print(inf > 10 ** 300, inf == inf, -inf < -(10 ** 300), nan == nan, nan < 1, nan > 1, nan != nan)
print(max(1, inf), min(-inf, 0), max(0.0, -0.0), max(-0.0, 0.0), min(0.0, -0.0))
print(inf // 1 if False else 1, inf % 2 if False else 2, 7 % inf, -7 % inf, 7 // inf, -7 // inf)
print(float("inf") == float("Infinity"), float("-inf"), float("nan"), float("  1.5  "), float("-0"))
x = 1.0
steps = 0
while x != inf:
    x *= 1e10
    steps += 1
print(steps, x)
y = 1.0
steps = 0
while y > 0:
    y /= 1e10
    steps += 1
print(steps, y)
print(abs(inf), abs(-inf), abs(nan), -inf * -inf, inf ** 0, nan ** 0, 1 ** nan, inf ** -1)
