total = 0
i = 0
while i < 10:
    total += i
    i += 1
print(total)
for j in range(5):
    print(j)
for j in range(2, 12, 3):
    print(j, end=" ")
print()
for j in range(10, 0, -2):
    if j == 4:
        continue
    if j == 2:
        break
    print(j)
else:
    print("no break")
n = 0
while n < 3:
    n += 1
else:
    print("while else", n)
