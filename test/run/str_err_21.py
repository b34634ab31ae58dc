print("start")
print("a" + 1)
