# Attributes that only ever hold floats (kept as raw f64 in the instance at -O2, rawslots.ts):
# reads and writes in place, by the runtime (getattr, hasattr, setattr, operators the runtime
# dispatches), mixed with reference slots, in subclasses, under collections.
class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def __lt__(self, o):
        return self.x < o.x

    def __repr__(self):
        return "Vec(%r, %r, %r)" % (self.x, self.y, self.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z


class Particle:
    # reference slots (name, tags, pos) between float slots (mass, charge)
    def __init__(self, name, mass, pos):
        self.name = name
        self.mass = mass
        self.tags = [name.upper(), name * 2]
        self.charge = -mass / 3.0
        self.pos = pos

    def energy(self):
        return self.mass * self.pos.dot(self.pos) + self.charge


class Heavy(Particle):
    def __init__(self, name, mass, pos, extra):
        Particle.__init__(self, name, mass, pos)
        self.extra = extra
        self.spin = 0.5

    def energy(self):
        return Particle.energy(self) * self.spin + self.extra


def main():
    a = Vec(1.0, 2.0, 3.0)
    b = Vec(0.5, -1.5, 2.25)
    print(a + b, a - b, a.scale(2.0), a.dot(b))
    # the runtime's generic operators reach the same methods
    vs = []
    for i in range(6, 0, -1):
        vs.append(Vec(float(i) * 0.5, 1.0, -float(i)))
    print(sorted(vs)[:2])
    print(min(vs), max(vs))
    total = Vec(0.0, 0.0, 0.0)
    for v in vs:
        total = total + v
    print(total)
    # by name: hasattr, setattr with constant names (getattr() would make every class reach the
    # runtime, and its attributes anything)
    print(hasattr(a, "z"), hasattr(a, "w"))
    setattr(a, "y", 7.5)
    a.z += 0.25
    a.x = a.x * a.y
    print(a, a.x.is_integer(), type(a.y).__name__)
    # floats keep their identity of value: nan, inf, -0.0
    c = Vec(float("nan"), float("inf"), -0.0)
    print(c, c.x != c.x, c.y > 1e308, str(c.z))
    # mixed reference and float slots under allocation pressure
    ps = []
    for i in range(3000):
        p = Particle("p%d" % (i % 7), 1.0 + i * 0.001, Vec(i * 0.5, 1.0, 2.0))
        if i % 3 == 0:
            p = Heavy("h%d" % (i % 5), 2.0 + i * 0.002, Vec(1.0, i * 0.25, 0.0), float(i % 11))
        ps.append(p)
        junk = [Vec(float(j), 0.0, 0.0) for j in range(5)]
    e = 0.0
    for p in ps:
        e += p.energy()
    print(round(e, 6), len(ps), ps[9].tags, ps[10].name, ps[9].spin)
    print(sum(p.mass for p in ps), ps[2999].charge)
    # more than 16 classes keep `w`: every access goes by name through the runtime (rt_getattr,
    # rt_setattr), which boxes and unboxes the raw slots
    objs = [W0(0.5), W1(1.5), W2(2.5), W3(3.5), W4(4.5), W5(5.5), W6(6.5), W7(7.5), W8(8.5), W9(9.5), W10(10.5), W11(11.5), W12(12.5), W13(13.5), W14(14.5), W15(15.5), W16(16.5)]
    for o in objs:
        o.w = o.w * 2.0 + o.u
        o.u = -o.w
    print([o.w for o in objs], sum(o.u for o in objs))


class W0:
    def __init__(self, w):
        self.u = 0.25
        self.w = w


class W1(W0):
    pass


class W2(W0):
    pass


class W3(W0):
    pass


class W4(W0):
    pass


class W5(W0):
    pass


class W6(W0):
    pass


class W7(W0):
    pass


class W8(W0):
    pass


class W9(W0):
    pass


class W10(W0):
    pass


class W11(W0):
    pass


class W12(W0):
    pass


class W13(W0):
    pass


class W14(W0):
    pass


class W15(W0):
    pass


class W16(W0):
    pass


main()
