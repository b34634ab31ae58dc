x = 2.5
print(x * 2)
print(x / (x - x))
