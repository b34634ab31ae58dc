print("start")
print("{} {}".format(1))
