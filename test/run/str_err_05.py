print("start")
print("abc".rindex("z", 1))
