print("start")
print(b"\xe9".decode("ascii"))
