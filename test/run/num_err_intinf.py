print(int(-1e300))
print(int(-1e400))
