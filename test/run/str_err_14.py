print("start")
print("abc".join())
