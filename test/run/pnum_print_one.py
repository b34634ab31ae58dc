# print() of one value of a known type in a program that makes containers: round() of floats
# (no ndigits: always an int, small or big), of ints and bools, and ints, bools, strs, floats;
# print() calls that type's writer directly. The last round() raises, uncaught.
xs = [0.5, 1.5, 2.5, -0.5, 1e20, 123.456, -7.5]
for x in xs:
    print(round(x))
print(round(xs[4] * 1e10))
print(round(xs[2], None))
print(round(7))
print(round(True))
print(round(2 ** 80))
n = len(xs)
print(n)
print(n > 3)
print("s" * n)
print(xs[1] * 2)


def r(v):
    return round(v)


print(r(3.5))
print(r(-2))
try:
    print(round(float("inf")))
except OverflowError as e:
    print("OverflowError", e)
try:
    print(round(float("nan")))
except ValueError as e:
    print("ValueError", e)
print(round(xs[4] * float("-inf")))
