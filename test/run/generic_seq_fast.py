# x[i] and `for y in x` where x's type is unknown (a parameter called with tuples, lists, strs,
# dicts): rt_getitem's in-line tuple index and rt_next's in-line list/tuple step must give what
# the general paths give: negative indexes, IndexError, big ints, lists of floats and bools,
# lists that grow or shrink while iterated.


def first_last(v):
    return v[0], v[-1], v[len(v) - 1], v[-len(v)]


def probe(v, k):
    try:
        return v[k]
    except IndexError as e:
        return "IndexError: " + str(e)
    except KeyError as e:
        return "KeyError: " + str(e)
    except TypeError as e:
        return "TypeError: " + str(e)


def walk(v):
    out = []
    for y in v:
        out.append(y)
        if isinstance(v, list) and len(v) < 8:
            v.append(y)
        if isinstance(v, list) and len(v) > 12:
            v.pop()
            v.pop()
    return out


def main():
    vals = [(1, 2, 3), [4, 5, 6], "abc", (7,), [1.5, 2.5], [True, False, True], ("x", None, 3.25)]
    for v in vals:
        print(first_last(v))
        for k in [0, 1, 2, 3, -1, -3, -4, 2 ** 70, -(2 ** 70), True, False]:
            print(probe(v, k))
    print(probe({0: "a", 1: "b"}, 1), probe({0: "a"}, 5), probe((1, 2), "x"), probe((1, 2), 1.0))
    print(walk((1, 2, 3)), walk([1, 2]), walk([0.5, 1.5]), walk([True]), walk("hi"), walk([]))
    print(walk(list(range(20))))
    acc = 0
    for i in range(3000):
        t = (i, i * 2, -i) if i % 3 else [i, i + 1, i + 2]
        acc += probe(t, i % 3) + probe(t, -1 - i % 3)
        for y in t:
            acc += y
    print(acc)
    it = iter((1, 2, 3))
    print(next(it), list(it), list(it))
    lst = [1, 2, 3]
    li = iter(lst)
    print(next(li))
    lst.clear()
    print(list(li))
    lst.extend([9, 8])
    print(list(li))


main()
