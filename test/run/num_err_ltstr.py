print(1 < 2)
print(2 ** 70 < "a")
