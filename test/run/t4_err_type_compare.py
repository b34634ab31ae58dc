# TypeError: '<' not supported between instances of 'int' and 'NoneType'.
def smaller(a, b):
    return a if a < b else b

def find_min(values):
    m = values[0]
    for v in values:
        m = smaller(m, v)
        print("min so far", m)
    return m

find_min([5, 3, None, 1])
