# TypeError: a function called with too many positional arguments.
def area(w, h):
    return w * h

def areas():
    print(area(2, 1))
    print(area(2, 3))
    print(area(2, 3, 4))

areas()
