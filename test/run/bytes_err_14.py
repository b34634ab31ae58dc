print("start")
print(bytes(1.5))
