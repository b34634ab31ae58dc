class Pt:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Pt(1, 2)
print(p.x + p.y)
p.z = 3
