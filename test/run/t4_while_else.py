# while loops with break, continue and else.
def find_divisor(n):
    d = 2
    while d * d <= n:
        if n % d == 0:
            print(n, "has divisor", d)
            break
        d += 1
    else:
        print(n, "is prime")

for n in [2, 9, 17, 91, 97, 2 ** 31 - 1]:
    find_divisor(n)

i = 0
total = 0
while i < 20:
    i += 1
    if i % 3 == 0:
        continue
    if i > 15:
        break
    total += i
print(i, total)

n = 0
while n < 3:
    n += 1
else:
    print("finished with", n)

count = 10
while count:
    count -= 3
    if count < 0:
        print("went negative:", count)
        break
else:
    print("never printed")

x = 1.0
iterations = 0
while x > 1e-3:
    x /= 2
    iterations += 1
print(iterations, x)
while False:
    print("no")
else:
    print("else of a loop that never ran")
