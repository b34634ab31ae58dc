# OverflowError converting a huge int to float in a true division's operand.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

def as_float(n):
    return float(fact(n))

for n in [10, 100, 170, 171]:
    print(n, as_float(n))
