class Num:
    def __init__(self, v):
        self.v = v

    def __neg__(self):
        return Num(-self.v)


print((-Num(3)).v)
print(abs(Num(3)))
