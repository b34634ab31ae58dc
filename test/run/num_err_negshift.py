print(1 << 100)
print(2 ** 70 >> -1)
