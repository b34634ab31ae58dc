print("start")
a, b, c = (1, 2)
