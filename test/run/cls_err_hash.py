class Box:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v


class Plain:
    pass


p = Plain()
print(hash(p) == hash(p), Box(1) == Box(1))
print(hash(Box(1)))
