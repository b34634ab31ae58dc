# ValueError from math.factorial of a negative number.
import math
def choose(n, k):
    return math.factorial(n) // (math.factorial(k) * math.factorial(n - k))

for n, k in [(5, 2), (10, 3), (3, 5)]:
    print(n, k, choose(n, k))
