class Shape:
    count = 0

    def __init__(self):
        Shape.count += 1

    def name(self):
        return type(self).__name__.lower()

    def area(self):
        raise NotImplementedError

    def perimeter(self):
        raise NotImplementedError

    def __repr__(self):
        return "%s(area=%.2f)" % (type(self).__name__, self.area())
