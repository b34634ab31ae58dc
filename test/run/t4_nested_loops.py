# Nested loops: multiplication table, break out of the inner loop only, triangles, pairs.
for i in range(1, 6):
    for j in range(1, 6):
        print(i * j, end="\t")
    print()

for i in range(5):
    for j in range(5):
        if j > i:
            break
        print("*", end="")
    print()

pairs = 0
for a in range(1, 30):
    for b in range(a, 30):
        for c in range(b, 30):
            if a * a + b * b == c * c:
                print("triple", a, b, c)
                pairs += 1
print(pairs)

found = False
i = 0
while i < 10 and not found:
    j = 0
    while j < 10:
        if i * j == 42:
            found = True
            break
        j += 1
    i += 1
print(found, i - 1, j)
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
diag = 0
for r in range(3):
    for c in range(3):
        if r == c:
            diag += grid[r][c]
        elif r + c == 2:
            diag -= grid[r][c]
print(diag)
