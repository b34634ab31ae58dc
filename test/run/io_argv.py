# sys.argv, sys.exit with a status, writing to stdout and stderr.
import sys

args = sys.argv[1:]
print(len(args), args)
total = 0
for a in args:
    total += int(a)
print("total", total)
sys.stdout.write("via write\n")
print("warning", total, file=sys.stderr)
print("flushed", flush=True)
print(sys.maxsize, sys.byteorder)
if total > 10:
    sys.exit(3)
print("not reached")
