print("start")
print(format(None, "x"))
