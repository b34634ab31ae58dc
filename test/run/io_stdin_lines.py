# Reading stdin line by line: input(), sys.stdin.readline(), iteration, read().
import sys

first = input()
print("first:", first)
second = input("prompt> ")
print("second:", second)
line = sys.stdin.readline()
print("readline:", repr(line))
count = 0
total = 0
for line in sys.stdin:
    count += 1
    if count == 3:
        break
    total += len(line)
    print(count, repr(line))
rest = sys.stdin.read()
print("rest:", repr(rest))
print("eof readline:", repr(sys.stdin.readline()))
print(count, total)
