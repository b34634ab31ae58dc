# Module globals only the module body names are SSA values of the body (modglobals): their
# reads, writes, NameErrors and del keep CPython's behaviour, including globals that functions
# also read or write (those stay wasm globals).
N = 50
count = 0
total = 0
flags = [i % 3 == 0 for i in range(N)]
for i in range(N):
    if flags[i]:
        count += 1
        total += i
print(count, total, i)

shared = 10


def read_shared():
    return shared * 2


def bump():
    global bumped
    bumped = bumped + 1


bumped = 0
for k in range(5):
    shared += k
    bump()
print(read_shared(), bumped, shared)

x = 1
del x
try:
    print(x)
except NameError as e:
    print("NameError", e)
x = 5
print(x)

acc = []
j = 0
while j < 10:
    j += 1
    if j == 3:
        continue
    if j == 8:
        break
    acc.append(j * j)
else:
    acc.append(-1)
print(acc, j)

s = 0
for a in range(4):
    for b in range(a):
        s += a * b
    else:
        s += 100
print(s)

try:
    val = 1
    val = val + int("x")
except ValueError:
    val = val * 7
print(val)

big = 1
for k in range(80):
    big = big * 3
print(big, big % 1000003)

f = 0.5
for k in range(10):
    f = f * 1.5 + k
print(f)

names = ["a", "b"]
for nm in names:
    word = nm * 3
print(word, nm)

if N > 100:
    maybe = 1
for k in range(3):
    if k == 2:
        later = k
print(later)
print(maybe)
