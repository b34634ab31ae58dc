print("start")
print(f"{'a'!r:d}")
