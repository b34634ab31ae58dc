# A generator expression run after its function rebinds a variable it reads sees the new value
# (the variable is a cell, as in CPython's closures): other/majority_vote_algorithm.py.
from collections import Counter


def majority_vote(votes, k):
    c = Counter()
    for v in votes:
        c[v] += 1
        if len(c) == k:
            c -= Counter(set(c))
    c = Counter(v for v in votes if v in c)
    return [v for v in c if c[v] > len(votes) / k]


def lazy():
    x = 1
    g = (x + i for i in range(3))
    x = 10
    return list(g)


def lazy_loop():
    gens = []
    for n in range(3):
        gens.append(n * j for j in range(2))
    return [list(g) for g in gens]


def param(limit):
    g = (i for i in range(10) if i < limit)
    limit = 3
    return list(g)


def gen_in_gen():
    base = 0
    def inner():
        yield from (base + i for i in range(2))
    base = 100
    return list(inner())


print(majority_vote([1, 2, 2, 3, 1, 3, 2], 3), majority_vote([1, 2, 2, 3, 1, 3, 2], 4))
print(lazy(), lazy_loop(), param(5), gen_in_gen())
