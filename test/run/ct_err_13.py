print("start")
print(max([]))
