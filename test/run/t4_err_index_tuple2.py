# IndexError: tuple index out of range with a negative index.
def item(t, i):
    return t[i]

def show(t):
    for i in range(-1, -6, -1):
        print(i, item(t, i))

show((10, 20, 30, 40))
