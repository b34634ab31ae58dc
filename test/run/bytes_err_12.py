print("start")
print(bytes.fromhex("zz"))
