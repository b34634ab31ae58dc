print("start")
print("abc".zfill())
