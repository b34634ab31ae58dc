print("start")
print("a,b".join([1, 2]))
