print("start")
print("%s %s" % (1,))
