print("start")
print("%x" % 1.5)
