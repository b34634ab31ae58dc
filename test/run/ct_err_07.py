print("start")
[].pop()
