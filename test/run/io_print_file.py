# print(file=...) to a file and to stderr, sep and end with file.
import sys

path = sys.argv[1] + "/out.txt"
f = open(path, "w")
print("a", 1, 2.5, [1, 2], file=f)
print("b", "c", sep="-", end="!\n", file=f)
print(file=f)
print("done", file=None)
f.close()
g = open(path)
print(repr(g.read()))
g.close()
print("to stderr", file=sys.stderr)
print("end")
