import math
class F:
    def __round__(self, n=None):
        return 42 if n is None else n
    def __floor__(self):
        return "fl"
    def __ceil__(self):
        return "ce"
    def __trunc__(self):
        return "tr"
class Only:
    def __round__(self, n):
        return n
class G:
    def __float__(self):
        return 2.5
class S(float): pass
class N: pass
print(round(F()), round(F(), 3), round(F(), None), math.floor(F()), math.ceil(F()), math.trunc(F()))
print(math.floor(G()), math.ceil(G()), math.sqrt(G()), math.floor(S(2.5)), math.trunc(S(-2.5)), round(S(2.5)), round(S(2.567), 2))
for f in [lambda: round(Only()), lambda: math.trunc(G()), lambda: math.floor(N()), lambda: round(N()), lambda: math.sqrt(N())]:
    try:
        print(f())
    except TypeError as e:
        print(e)
print(round(Only(), 5))
