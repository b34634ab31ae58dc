print("start")
b = bytearray(); b.append("a")
