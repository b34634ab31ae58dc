print("start")
print("%c" % "ab")
