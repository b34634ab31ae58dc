print("start")
print(5[0])
