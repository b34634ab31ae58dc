print("start")
print("a".split(1))
