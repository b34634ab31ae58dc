print("start")
x = (1, 2); x[0] = 5
