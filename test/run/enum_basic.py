# enum: Enum, IntEnum, StrEnum, auto, unique; members, aliases, lookups, methods, properties.
from enum import Enum, IntEnum, StrEnum, auto, unique
import enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # an alias of RED

    def describe(self):
        return self.name.lower() + "=" + str(self.value)

    @property
    def warm(self):
        return self is Color.RED

    @classmethod
    def default(cls):
        return cls.GREEN

    @staticmethod
    def helper(x):
        return x * 2


print(Color.RED, repr(Color.RED), str(Color.BLUE), f"{Color.GREEN}", "%s" % Color.RED)
print(Color.CRIMSON is Color.RED, Color.CRIMSON.name, Color.RED == Color.CRIMSON)
print(list(Color), len(Color))
for c in Color:
    print(c.name, c.value, c.describe(), c.warm)
print(Color(2), Color['BLUE'], Color['CRIMSON'], Color(Color.RED))
print(Color.RED in Color, 1 in Color, 5 in Color, 'x' in Color)
print(repr(Color), Color, type(Color.RED), type(Color.RED) is Color)
print(isinstance(Color.RED, Color), isinstance(Color.RED, Enum), isinstance(1, Color))
print(Color.RED == 1, Color.RED != Color.GREEN, Color.RED is not Color.BLUE)
print(Color.default(), Color.helper(21), Color.RED.helper(4))
print(Color.__members__)
print(Color._member_names_)
print(list(reversed(Color)))
print(sorted(Color, key=lambda c: -c.value))
print([c.name for c in Color if c.value > 1])
d = {Color.RED: 'r', Color.GREEN: 'g'}
d[Color.CRIMSON] = 'crimson'
print(d[Color.RED], len(d), d)
s = {Color.RED, Color.CRIMSON, Color.BLUE}
print(len(s), Color.BLUE in s, Color.GREEN in s)
print(format(Color.RED, '>12'), f"[{Color.BLUE:<10}]")
print(getattr(Color, 'GREEN'), Color.RED.value + 10)


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    VENUS = (4.869e+24, 6.0518e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)


for p in Planet:
    print(p, p.value, p.mass, round(p.surface_gravity, 3))
print(Planet((5.976e+24, 6.37814e6)))


class Shape(IntEnum):
    CIRCLE = 1
    SQUARE = 2
    TRIANGLE = 3


print(Shape.CIRCLE, repr(Shape.SQUARE), str(Shape.TRIANGLE), f"{Shape.SQUARE}", format(Shape.CIRCLE, '03d'))
print(Shape.CIRCLE == 1, 1 == Shape.CIRCLE, Shape.SQUARE < Shape.TRIANGLE, Shape.SQUARE > 1, 3 >= Shape.TRIANGLE)
print(Shape.CIRCLE + 1, 10 - Shape.SQUARE, Shape.TRIANGLE * 2, int(Shape.SQUARE), hash(Shape.SQUARE) == hash(2))
print(['a', 'b', 'c', 'd'][Shape.TRIANGLE], sorted([Shape.TRIANGLE, Shape.CIRCLE, Shape.SQUARE]))
print(Shape(2), Shape(3) is Shape.TRIANGLE, {1: 'one'}[Shape.CIRCLE], max(Shape), sum(Shape))


class Auto(Enum):
    FIRST = auto()
    SECOND = auto()
    TENTH = 10
    ELEVENTH = auto()


print(list(Auto), Auto.ELEVENTH.value)


class Mode(StrEnum):
    READ = auto()
    WRITE = 'w'


print(Mode.READ, repr(Mode.READ), Mode.WRITE == 'w', f"{Mode.READ:>6}|", Mode('w'), Mode.READ.upper() if False else Mode.READ.value)


class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name + str(count)
    ALPHA = auto()
    BETA = auto()


print(list(Named))


@unique
class Fine(Enum):
    A = 1
    B = 2


print(list(Fine))


class Status(enum.Enum):
    ACTIVE = 'active'
    INACTIVE = 'inactive'

    def __str__(self):
        return self.value.upper()


print(Status.ACTIVE, repr(Status.INACTIVE), Status('inactive'))


def classify(x):
    try:
        return Color(x)
    except ValueError as e:
        return "error: " + str(e)


print(classify(3), classify(7), classify('RED'), classify(None))
try:
    Color['PINK']
except KeyError as e:
    print("KeyError", repr(e))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 2
        C = 1
        D = 2
except ValueError as e:
    print(e)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print(e)
