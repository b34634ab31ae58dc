print("start")
print("%(a)s" % 1)
