print(int(2.5e20))
print(int(1e400 * 0))
