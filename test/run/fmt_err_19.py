print("start")
print("%y" % 1)
