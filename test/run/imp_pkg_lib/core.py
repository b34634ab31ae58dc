print("init", __name__)
VERSION = (1, 2)


def area(w, h):
    return w * h
