print("start")
print((5).upper())
