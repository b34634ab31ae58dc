print("start")
print("{x}".format(y=1))
