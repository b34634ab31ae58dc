# with statements over files: the file is closed on every way out (normal, exception,
# return, break, continue); several items; exceptions inside the body propagate.
import sys

d = sys.argv[1]
path = d + "/data.txt"
with open(path, "w") as f:
    f.write("alpha\nbeta\ngamma\n")
print(f.closed if False else "written")
try:
    f.write("more")
except ValueError as e:
    print("closed after with:", e)

with open(path) as f:
    print(repr(f.readline()))
    lines = f.readlines()
print(lines)


def first_with(word):
    with open(path) as g:
        for line in g:
            if word == line:
                return line
    return None


print(repr(first_with("beta\n")), first_with("zzz"))

try:
    with open(path) as h:
        print(repr(h.readline()))
        raise KeyError("inside with")
except KeyError as e:
    print("propagated", e)
try:
    h.readline()
except ValueError as e:
    print("closed by the exception path:", e)

count = 0
for i in range(3):
    with open(path) as k:
        if i == 1:
            continue
        if i == 2:
            break
        count += len(k.read())
print("count", count)
try:
    k.read()
except ValueError as e:
    print("closed by break:", e)

with open(path) as a, open(d + "/copy.txt", "w") as b:
    for line in a:
        b.write(line + line)
with open(d + "/copy.txt") as c:
    print(repr(c.read()))

with open(path) as f1:
    with open(path) as f2:
        print(f1.readline() == f2.readline())

try:
    with 42 as x:
        print("not reached")
except TypeError as e:
    print(e)

try:
    with open(d + "/missing/none.txt") as m:
        print("not reached")
except FileNotFoundError:
    print("FileNotFoundError before the body")
except OSError as e:
    print("OSError", e)
