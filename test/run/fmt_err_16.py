print("start")
print("%d" % "a")
