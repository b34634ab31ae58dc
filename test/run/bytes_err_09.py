print("start")
print(b"abc"[3])
