print("start")
print("a" * "b")
