print("start")
print("{0[5]}".format([1]))
