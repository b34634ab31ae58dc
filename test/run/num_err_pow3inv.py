print(pow(3, -1, 10))
print(pow(2, -1, 4))
