import math
print("start")
print(math.fsum([math.inf, -math.inf]))
