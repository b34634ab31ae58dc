print("start")
print("abc".startswith(1))
