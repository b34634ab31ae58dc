# The report of an uncaught exception whose argument is a dict view (its repr lists the view's
# items without the generic list()).
d = {"a": 1, "b": [2, 3]}
print(repr(d.keys()), repr(d.values()), repr(d.items()))
e = {}
print(e.keys(), e.items())
try:
    raise KeyError(d.items())
except KeyError as k:
    print("caught", k)
raise ValueError(d.items())
