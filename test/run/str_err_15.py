print("start")
print("abc".split(1, 2, 3))
