print(int("9" * 4300) % 1000)
print(int("1" * 4301))
