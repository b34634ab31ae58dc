print(int("  -12_3 "), int("ff", 16))
print(int("12a"))
