print("start")
print(().count())
