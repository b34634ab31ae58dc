xs = [1, 2]
print(*xs)
print(*5)
