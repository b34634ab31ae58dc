print("start")
print("abc".find(1))
