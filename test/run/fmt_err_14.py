print("start")
print(format("a", "+"))
