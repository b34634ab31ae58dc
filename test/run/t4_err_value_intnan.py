# ValueError: cannot convert float NaN to integer.
def ratio(a, b):
    return a / b

def as_int(a, b):
    r = ratio(a, b)
    print("ratio", r)
    return int(r)

inf = float("inf")
print(as_int(7, 2))
print(as_int(inf, inf))
