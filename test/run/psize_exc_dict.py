# An uncaught exception whose argument is a dict of lists, floats and strs.
d = {'a': [1, 2.5], 'b': ('x', None)}
print(len(d))
raise RuntimeError(d)
