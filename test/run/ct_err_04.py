print("start")
a, b = [1, 2, 3]
