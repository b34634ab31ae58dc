print("start")
print(b"\xe2\x28\xa1".decode())
