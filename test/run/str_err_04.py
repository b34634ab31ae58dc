print("start")
print("abc".index("z"))
