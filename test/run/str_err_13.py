print("start")
print("abc".upper(1))
