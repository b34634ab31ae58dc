print("start")
print("abc".partition(""))
