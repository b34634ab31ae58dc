print("start")
print("{".format())
