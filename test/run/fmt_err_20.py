print("start")
print("abc %" % ())
