# enum: Flag and IntFlag (|, &, ^, ~, in, iteration, len, bool, composite reprs, auto()).
from enum import Flag, IntFlag, Enum, auto


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = R | W
    NONE = 0


print(list(Perm), len(Perm), Perm.RW, repr(Perm.RW))
print(repr(Perm.R | Perm.X), Perm.R | Perm.X, Perm.R & Perm.W, repr(Perm.R & Perm.W), bool(Perm.R & Perm.W))
print(Perm.R in Perm.RW, Perm.X in Perm.RW, list(Perm.R | Perm.X), len(Perm.R | Perm.W | Perm.X))
print(repr(Perm), Perm(7), repr(~Perm.R), repr(~Perm.RW), Perm(6) is Perm.RW, Perm.NONE, repr(Perm(0)))
print(Perm.R ^ Perm.RW, (Perm.R | Perm.W) == Perm.RW, (Perm.R | Perm.X) is (Perm.X | Perm.R))
print(Perm['RW'], Perm.__members__)
p = Perm.R
p |= Perm.W
print(p, p is Perm.RW)
try:
    Perm(8)
except ValueError as e:
    print(e)
try:
    Perm.R in 3
except TypeError as e:
    print(e)
try:
    3 in Perm.R
except TypeError as e:
    print(e)
print(Perm.R | 1 if False else "skip")
try:
    Perm.R | 1
except TypeError as e:
    print(e)


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


print(list(Color), Color.WHITE, repr(Color.RED | Color.BLUE), [c.value for c in Color])
for c in Color.WHITE:
    print(c.name, end=' ')
print()


class P(IntFlag):
    A = auto()
    B = auto()
    C = auto()


print(P.A | P.B, repr(P.A | P.B), P.A | 8, repr(P.A | 8), P.B == 2, repr(P(0)), str(P.C))
print(repr(~P.A), P.A + 1, P.C > P.A, 3 & P.A if False else repr(3 | P.A), int(P.B), f"{P.C:>4}")
print(P(3) in P(7), list(P(7)), sorted([P.C, P.A]))
print(P.A in P, 2 in P, 16 in P)


class Opts(Flag):
    VERBOSE = 1
    QUIET = 2
    DEBUG = 4

    def describe(self):
        return "/".join(m.name for m in self)


flags = Opts.VERBOSE | Opts.DEBUG
print(flags.describe(), bool(Opts(0)), Opts(0).describe() == "", (flags & Opts.QUIET) == Opts(0))
settings = {}
for o in Opts:
    settings[o] = bool(flags & o)
print(settings)
