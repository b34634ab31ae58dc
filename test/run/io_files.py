# open() in a directory given in argv: write, append, read, readline(s), iteration, binary.
import sys

d = sys.argv[1]
path = d + "/notes.txt"
f = open(path, "w")
n = f.write("first line\n")
f.write("second line\n")
f.writelines(["third\n", "fourth\n"])
f.close()
print("wrote", n)
f = open(path)
print(repr(f.readline()))
print(f.readlines())
f.close()
f = open(path, "a")
f.write("appended\n")
f.close()
f = open(path, "r")
for i, line in enumerate(f):
    print(i, line, end="")
f.close()
f = open(path)
data = f.read()
f.close()
print(len(data))
f = open(path)
print(repr(f.read(5)), repr(f.read(6)), repr(f.read()))
f.close()
print("closed")
try_path = d + "/missing.txt"
f = open(d + "/crlf.txt", "w")
f.write("a\r\nb\r\n")
f.close()
f = open(d + "/crlf.txt")
print(f.readlines())
f.close()
f = open("missing-nosuch.txt")
