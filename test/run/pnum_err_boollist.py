# Indexing errors of bool lists (one byte per item at -O2): the fast paths' fallbacks raise
# CPython's errors, and reading past the end is an uncaught IndexError.


def probe(v, k):
    try:
        return v[k]
    except IndexError as e:
        return str(e)


def poke(v, k, x):
    try:
        v[k] = x
        return v
    except IndexError as e:
        return str(e)


flags = [True] * 4
flags[2] = False
print(probe(flags, 2), probe(flags, -4), probe(flags, 4), probe(flags, -5), probe(flags, 10 ** 30))
print(poke(flags, 3, False), poke(flags, -1, True), poke(flags, 4, True), poke(flags, -(10 ** 30), True))
print(flags)
w = [False, True] * 3
print(w[2], w)
print(w[7])
