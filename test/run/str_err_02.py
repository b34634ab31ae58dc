print("start")
print("a".split(""))
