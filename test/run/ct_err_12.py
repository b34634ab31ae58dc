print("start")
print(len(5))
