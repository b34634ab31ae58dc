print(sorted([3, "a", 1], key=lambda v: v))
