# A float step known only at run time is a TypeError, as in CPython.
step = 1
for i in range(0, 3, step):
    print(i)
step = 0.5
for i in range(0, 3, step):
    print(i)
