d = {'a': 1}
print(d.keys())
d.append(1)
