# ValueError: too many values to unpack.
def split_point(p):
    x, y = p
    return x, y

def process(points):
    for p in points:
        print(split_point(p))

process([(1, 2), (3, 4), (5, 6, 7)])
