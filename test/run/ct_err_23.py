print("start")
print(pow(1))
