# NameError for a global that is never defined, used from a nested call.
def helper(x):
    return x * multiplier

def apply(xs):
    out = []
    for x in xs:
        out.append(helper(x))
    return out

scale = 3
print("scale", scale)
print(apply([1, 2, 3]))
