# sys.set_int_max_str_digits / get_int_max_str_digits: the limit on int <-> str conversions
# (CPython's default 4300), its checks and messages, 0 for no limit.
import sys

print(sys.get_int_max_str_digits())
big = 10 ** 5000
try:
    print(len(str(big)))
except ValueError as e:
    print("ValueError", e)
try:
    int("7" * 4301)
except ValueError as e:
    print("ValueError", e)
sys.set_int_max_str_digits(6000)
print(sys.get_int_max_str_digits(), len(str(big)), len(repr(big)), str(int("7" * 5500))[:5])
try:
    str(10 ** 6000)
except ValueError as e:
    print("ValueError", e)
try:
    int("1" * 6001)
except ValueError as e:
    print("ValueError", e)
print(int("1" * 7000, 16) > 0)  # powers of two bases have no limit
sys.set_int_max_str_digits(maxdigits=641)
print(sys.get_int_max_str_digits())
try:
    print(10 ** 700)
except ValueError as e:
    print("ValueError", e)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 20000)), sys.get_int_max_str_digits())
for bad in [100, -1, 639, "5000", 2 ** 40]:
    try:
        sys.set_int_max_str_digits(bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
sys.set_int_max_str_digits(640)
print(sys.get_int_max_str_digits())
# the last digit of a product of the first 2000 numbers, its length limited again
f = 1
for i in range(1, 2000):
    f *= i
try:
    print(len(str(f)))
except ValueError as e:
    print("ValueError", e)
