class C:
    def __init__(self): self._x = 1
    def getx(self): return self._x
    def setx(self, v): self._x = v
    def delx(self): print("del"); self._x = 0
    x = property(getx, setx, delx)
    y = property(getx)
    z = property(fget=getx, fset=None)
c = C(); c.x = 5; print(c.x, c.y, c.z); del c.x; print(c.x)
try:
    c.y = 3
except AttributeError as e:
    print(e)
try:
    del c.z
except AttributeError as e:
    print(e)
print(c.getx())
class D(C):
    def getx(self): return 99
print(D().x)


class Temperature:
    def __init__(self, c):
        self._c = c

    def _get_f(self):
        return self._c * 9 / 5 + 32

    def _set_f(self, f):
        if f < -459.67:
            raise ValueError("below absolute zero")
        self._c = (f - 32) * 5 / 9

    fahrenheit = property(_get_f, _set_f)

    def _only_set(self, v):
        self._c = v

    celsius_in = property(None, _only_set)


t = Temperature(100)
print(t.fahrenheit)
t.fahrenheit = 32
print(t._c, t.fahrenheit)
t.celsius_in = 7
print(t._c)
try:
    t.fahrenheit = -500
except ValueError as e:
    print("ValueError:", e)
try:
    print(t.celsius_in)
except AttributeError as e:
    print("AttributeError:", e)
t.fahrenheit = "warm"
