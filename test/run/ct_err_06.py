print("start")
a, b = 5
