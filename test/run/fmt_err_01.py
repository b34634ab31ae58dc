print("start")
print(format(1, "z"))
