print("start")
print("abc".strip(1, 2))
