d = {}
d[1] = 2
print(d)
d[[1, 2]] = 3
