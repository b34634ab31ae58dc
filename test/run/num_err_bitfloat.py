print(5 & 3)
print(1.5 & 1)
