import math
print("start")
print(math.pow(-2, 0.5))
