# A typed list store out of range at -O2 raises CPython's IndexError (assignment message).
flags = [True] * 5
for j in range(0, 5, 2):
    flags[j] = False
print(flags)
flags[-5] = 1
print(flags)
flags[-6] = 0
