print("start")
print("%s" % (1, 2))
