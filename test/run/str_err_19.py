print("start")
print("é€".encode("ascii"))
