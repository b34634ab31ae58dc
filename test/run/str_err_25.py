print("start")
print(chr(1.5))
