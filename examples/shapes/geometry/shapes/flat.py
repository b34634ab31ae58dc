from .base import Shape
from ..util.fmt import dist


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__()
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Polygon(Shape):
    def __init__(self, points):
        super().__init__()
        self.points = points

    def area(self):
        # the shoelace formula
        s = 0
        n = len(self.points)
        for i in range(n):
            x1, y1 = self.points[i]
            x2, y2 = self.points[(i + 1) % n]
            s += x1 * y2 - x2 * y1
        return abs(s) / 2

    def perimeter(self):
        n = len(self.points)
        return sum(dist(self.points[i], self.points[(i + 1) % n]) for i in range(n))
