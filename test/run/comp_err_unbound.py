print([y for x in range(2) if x for y in range(2)])
print([(x, y) for x in range(2) if y for y in range(2)])
