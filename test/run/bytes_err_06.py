print("start")
print(bytes([256]))
