print("start")
print("{!x}".format(1))
