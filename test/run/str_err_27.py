print("start")
print("abc".count())
