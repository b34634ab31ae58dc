print(int("z", 36))
print(int("5", 37))
