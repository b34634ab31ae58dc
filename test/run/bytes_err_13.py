print("start")
print("a" in b"abc")
