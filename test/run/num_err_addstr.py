print(1 + 2)
print(10 ** 30 + "a")
