print("start")
print("}".format())
