xs = [1, 2, 0, 4]
print(sum(10 // x for x in xs if x))
print(list(10 // x for x in xs[:2]))
print(sum(10 // x for x in xs))
