# ValueError: math domain error from math.log(0).
import math
def entropy_term(p):
    return -p * math.log(p, 2)

def entropy(ps):
    h = 0.0
    for p in ps:
        h += entropy_term(p)
        print("partial", h)
    return h

print(entropy([0.5, 0.25, 0.25]))
print(entropy([0.5, 0.5, 0.0]))
