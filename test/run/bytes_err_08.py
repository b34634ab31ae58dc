print("start")
print(bytes(-1))
