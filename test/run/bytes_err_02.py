print("start")
print(b"\xff".decode())
