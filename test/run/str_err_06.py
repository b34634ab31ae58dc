print("start")
print("abc".strip(5))
