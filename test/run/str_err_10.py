print("start")
print("abc".center(5, "xy"))
