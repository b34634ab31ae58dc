print("start")
print((1,).append(2))
