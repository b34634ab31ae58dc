import math
print("start")
print(math.gcd(1.5))
