print("start")
print(ord("ab"))
