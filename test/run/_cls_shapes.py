# A module with classes, imported by cls_modules.py.
class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

    def __repr__(self):
        return self.name + "(" + str(self.area()) + ")"


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("Rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


def unit():
    return Rect(1, 1)
