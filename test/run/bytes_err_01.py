print("start")
print(b"a" + "b")
