print("start")
print(format(1, ",_"))
