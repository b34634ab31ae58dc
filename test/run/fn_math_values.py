# math functions as values (map, key=, assigned to names).
import math
from math import sqrt, floor
print(list(map(math.sqrt, [4, 9, 2])))
print(list(map(sqrt, [16])), list(map(floor, [1.5, -1.5])))
f = math.log
print(f(100, 10), f(1))
print(sorted([-3.5, 2, -1], key=math.fabs))
g = math.pow
print(g(2, 10))
print(list(map(math.sqrt, [1, -1])))
