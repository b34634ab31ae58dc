# A small ray tracer over spheres: vector objects with operator methods, spheres and rays as
# objects, a checksum of the rendered pixels.
import math

N = 330


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

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def norm(self):
        return self.scale(1.0 / math.sqrt(self.dot(self)))


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin + self.direction.scale(t)


class Sphere:
    def __init__(self, center, radius, color):
        self.center = center
        self.radius = radius
        self.color = color

    def hit(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return -1.0
        t = -b - math.sqrt(disc)
        if t > 1e-6:
            return t
        return -1.0

    def normal(self, p):
        return (p - self.center).scale(1.0 / self.radius)


class Scene:
    def __init__(self):
        self.objects = []
        self.light = Vec(-1.0, 1.0, -1.0).norm()

    def add(self, s):
        self.objects.append(s)

    def trace(self, ray, depth):
        best = None
        best_t = 1e30
        for s in self.objects:
            t = s.hit(ray)
            if t > 0 and t < best_t:
                best_t = t
                best = s
        if best is None:
            return 0.1
        p = ray.at(best_t)
        n = best.normal(p)
        shade = n.dot(self.light)
        if shade < 0:
            shade = 0.0
        col = best.color * (0.2 + 0.8 * shade)
        if depth > 0:
            r = ray.direction - n.scale(2.0 * ray.direction.dot(n))
            col = col * 0.7 + 0.3 * self.trace(Ray(p, r.norm()), depth - 1)
        return col


def render(n):
    scene = Scene()
    scene.add(Sphere(Vec(0.0, 0.0, 3.0), 1.0, 0.9))
    scene.add(Sphere(Vec(1.5, 0.5, 4.0), 1.0, 0.6))
    scene.add(Sphere(Vec(-1.5, -0.5, 4.0), 1.0, 0.3))
    scene.add(Sphere(Vec(0.0, -101.0, 3.0), 100.0, 0.5))
    eye = Vec(0.0, 0.0, -1.0)
    total = 0
    for j in range(n):
        for i in range(n):
            d = Vec((i - n / 2) / n, (n / 2 - j) / n, 1.0).norm()
            c = scene.trace(Ray(eye, d), 2)
            total += int(c * 255)
    return total


print(render(N))
