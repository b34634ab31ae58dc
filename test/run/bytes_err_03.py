print("start")
print(b"a\xe2\x82".decode())
