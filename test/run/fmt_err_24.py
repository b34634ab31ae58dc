print("start")
print("%*d" % ("a", 1))
