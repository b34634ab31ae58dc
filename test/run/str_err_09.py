print("start")
print("abc".center("x"))
