class Calc:
    def __init__(self, d):
        self.d = d

    def inv(self, x):
        return x / self.d


c = Calc(2)
print(c.inv(5))
Calc(0).inv(1)
