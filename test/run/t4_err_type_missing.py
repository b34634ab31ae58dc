# TypeError: missing required positional argument.
def volume(w, h, d):
    return w * h * d

def compute():
    print(volume(1, 2, 3))
    print(volume(4, 5))

compute()
