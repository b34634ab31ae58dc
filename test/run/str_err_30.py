print("start")
print("abc".removeprefix(3))
