# OverflowError: math range error from math.exp.
import math
def growth(rate, t):
    return math.exp(rate * t)

def table(rate):
    for t in [1, 10, 100, 1000]:
        print(t, growth(rate, t))

table(0.5)
table(1.0)
