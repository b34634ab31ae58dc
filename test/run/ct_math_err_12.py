import math
print("start")
print(math.floor(math.inf))
