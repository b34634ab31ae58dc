# As pobj_notuple_iter, with iterators that are values of the program (iter(), a generator's
# loop): where isinstance(v, tuple) failed v may be a list iterator, which `for x in v`
# continues from where it is (no index walk over it as a list).


def walk(v):
    if isinstance(v, tuple):
        return "tuple " + str(len(v))
    out = []
    for x in v:
        out.append(x * 10)
    return out


def gen(n):
    for i in [n, n + 1]:
        yield i


it = iter([1, 2, 3, 4])
print(next(it))
print(walk(it), walk(it))
print(walk([5, 6]), walk((7, 8)), walk(gen(3)))
half = iter([9, 8, 7])
next(half)
print(walk(half), list(half))
