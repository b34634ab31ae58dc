print("start")
print([].reverse(1))
