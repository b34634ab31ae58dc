def g(x, y):
    return x + y


print(g(**{'x': 1, 'y': 2}))
g(**{'x': 1, 'y': 2, 3: 4})
