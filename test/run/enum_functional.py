# The Enum functional API: Enum('Name', names) with names as a str, a list of names, a list of
# (name, value) pairs or a dict; start=, module=; IntEnum, StrEnum, Flag and IntFlag alike.
from enum import Enum, IntEnum, Flag, StrEnum, IntFlag, unique
import enum
import json

Color = Enum("Color", "RED GREEN BLUE")
print(list(Color), Color.RED, repr(Color.GREEN), Color.BLUE.value, Color.BLUE.name)
print(Color(2), Color["BLUE"], len(Color), Color.RED in Color, repr(Color))
print([c.name for c in reversed(Color)], Color.__members__.keys() == {"RED", "GREEN", "BLUE"})

Shape = Enum("Shape", "SQUARE, CIRCLE,TRIANGLE")
print(list(Shape))

Level = Enum("Level", "LOW MID HIGH", start=10)
print(list(Level), Level(11), Level.HIGH.value)

Zero = Enum("Zero", ["A", "B", "C"], start=0)
print([(m.name, m.value) for m in Zero])

Animal = enum.Enum("Animal", ("CAT", "DOG"), module=__name__)
print(Animal.CAT, Animal(2), Animal.__module__)

Http = IntEnum("Http", [("OK", 200), ("NOT_FOUND", 404), ("ERROR", 500)])
print(list(Http), Http.OK == 200, Http.NOT_FOUND + 1, Http(500), int(Http.ERROR), f"{Http.OK}")
print(sorted([Http.ERROR, Http.OK]), json.dumps({"code": Http.NOT_FOUND}))

Planet = Enum("Planet", {"MERCURY": 1, "VENUS": 2, "EARTH": 3})
print(Planet.EARTH, Planet(1), [p.value for p in Planet])

Alias = Enum("Alias", [("ONE", 1), ("UNO", 1), ("TWO", 2)])
print(list(Alias), Alias.UNO is Alias.ONE, Alias["UNO"], len(Alias), list(Alias.__members__))

Word = StrEnum("Word", "HELLO WORLD")
print(list(Word), Word.HELLO == "hello", Word.WORLD.value.upper(), str(Word.HELLO))

Perm = Flag("Perm", "R W X")
print(list(Perm), Perm.R | Perm.W, Perm(7), Perm.R in (Perm.R | Perm.X), bool(Perm(0)))
print(repr(Perm.W | Perm.X), ~Perm.R, repr(Perm))

Bits = IntFlag("Bits", "A B C", start=4)
print(list(Bits), Bits.A | Bits.C, int(Bits.B), Bits.A + 1)

Mixed = Enum("Mixed", [["X", (1, 2)], ["Y", "why"]])
print(Mixed.X.value, Mixed("why"), Mixed((1, 2)))

Empty = Enum("Empty", [])
print(list(Empty), len(Empty))


def make():
    Local = Enum("Local", "P Q R")
    return Local.Q, Local(3), [m.value for m in Local]


print(make())

try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)

Dup = Enum("Dup", [("A", 1), ("B", 2)])
print(list(unique(Dup)))
Dup2 = Enum("Dup2", [("A", 1), ("B", 1)])
try:
    unique(Dup2)
except ValueError as e:
    print("ValueError:", e)
