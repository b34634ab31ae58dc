class A:
    def __init__(self):
        self.x: int = 1
        self.y: list
        self.d: dict = {}
        self.d["k"]: int = 5
        self.d["j"]: int


a = A()
print(a.x, a.d, hasattr(a, "y"))
z: int
xs = [0]
xs[0]: float = 2.5
print(xs)
try:
    a.q.r: int
except AttributeError as e:
    print(e)
