print("start")
print("abc".encode("nope"))
