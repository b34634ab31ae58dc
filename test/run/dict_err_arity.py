d = {'a': 1}
print(d.get('a'), d.get('b', 2))
d.get()
