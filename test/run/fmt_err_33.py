print("start")
print(f"{1:q}")
