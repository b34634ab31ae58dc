print("start")
print(format("a", "=5"))
