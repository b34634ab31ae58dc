class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def make(n):
    return Point(n)


print(Point(1, 2).x)
make(3)
