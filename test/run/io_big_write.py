# Writes longer than the output buffer (8 KiB) go to their own stream (stderr, a file), and
# files larger than the read buffer (4 KiB, grown for long lines) read back whole.
import sys

d = sys.argv[1]
print("e" * 20000, file=sys.stderr)
f = open(d + "/big.txt", "w")
f.write("f" * 30000 + "\n")
for i in range(3000):
    f.write("line %d\n" % i)
f.close()
f = open(d + "/big.txt")
s = f.read()
f.close()
print(len(s), s.count("f"), s.count("\n"))
f = open(d + "/big.txt")
first = f.readline()
print(len(first))
chunk = f.read(5000)
print(len(chunk), chunk[:12].split("\n"))
rest = f.readlines()
print(len(rest), rest[-1])
f.close()
n = 0
for line in open(d + "/big.txt"):
    n += len(line)
print(n)
print("x" * 8200)
print("done")
