# Storing past the end of a float list raises CPython's IndexError (assignment message).
v = [1.0, 2.0]
v[-2] = 5.0
print(v)
v[2] = 3.0
