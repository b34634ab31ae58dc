print("start")
print(bytes("a"))
