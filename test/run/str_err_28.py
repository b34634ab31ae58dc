print("start")
print([1, 2].count(1, 2))
