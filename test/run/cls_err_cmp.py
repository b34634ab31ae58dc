class Box:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v


print(Box(1) == Box(1), Box(1) != Box(2))
print(sorted([Box(2), Box(1)]))
