print("start")
print(format("a", "d"))
