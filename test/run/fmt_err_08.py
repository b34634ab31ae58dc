print("start")
print(format(2**40, "c"))
