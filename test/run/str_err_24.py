print("start")
print(chr(-1))
