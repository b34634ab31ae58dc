# Generators with `with` blocks around yields: the file is closed when the generator finishes,
# is closed, or an exception is thrown in; generators nested in functions over files.
import sys


def is_closed(f):
    try:
        f.read(0)
        return False
    except ValueError:
        return True


d = sys.argv[1]
path = d + "/gen_with.txt"
with open(path, "w") as out:
    out.write("alpha\nbeta\ngamma\n")


def lines(p):
    with open(p) as f:
        for line in f:
            yield line.strip()
    yield 'end'


print(list(lines(path)))


def first_two(p):
    with open(p) as f, open(p) as g:
        yield f.readline().strip()
        yield g.readline().strip()
        yield is_closed(f)
    yield is_closed(f), is_closed(g)


print(list(first_two(path)))

gen = lines(path)
print(next(gen))
gen.close()
print('closed')


def keep(p):
    f = open(p)
    with f:
        yield 1
        yield 2
    yield is_closed(f)


it = keep(path)
print(next(it))
try:
    it.throw(KeyError('k'))
except KeyError as e:
    print('propagated', e)


def reader(p):
    def numbered():
        n = 0
        with open(p) as f:
            for line in f:
                n += 1
                yield n, line.strip()
    return numbered


print(list(reader(path)()))


def guarded(p):
    try:
        with open(p) as f:
            yield f.readline().strip()
            raise ValueError('inside')
    except ValueError as e:
        print('caught', e, is_closed(f))
    yield 'after'


print(list(guarded(path)))
