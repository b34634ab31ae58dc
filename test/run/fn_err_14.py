def check(v):
    if v > 2:
        raise_now = [][v]
    return v


total = 0
for x in map(check, [1, 2, 3]):
    total += x
print(total)
