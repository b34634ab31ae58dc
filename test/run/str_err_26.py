print("start")
print("abc"[5])
