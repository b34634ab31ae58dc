def bad(n):
    for i in range(n):
        yield 10 // (2 - i)


total = 0
for v in bad(2):
    total += v
print(total)
print(list(bad(2)))
print(list(bad(5)))
