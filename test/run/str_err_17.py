print("start")
print([1].split())
