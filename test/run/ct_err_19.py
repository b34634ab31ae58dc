print("start")
print(round())
