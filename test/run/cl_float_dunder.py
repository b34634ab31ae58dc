class F:
    def __init__(self, n):
        self.n = n
    def __float__(self):
        return self.n / 2
class G:
    def __index__(self): return 7
class B:
    def __float__(self): return 1
class S(float): pass
class N: pass
print(float(F(3)), float(G()), float(S(2.5)))
for x in [B(), N()]:
    try:
        float(x)
    except TypeError as e:
        print(e)
