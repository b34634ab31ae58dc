import math
print("start")
print(math.dist((1,), (1, 2)))
