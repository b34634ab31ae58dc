print("start")
b = bytearray(b"a"); b.append(256)
