print("start")
print([1] + (1,))
