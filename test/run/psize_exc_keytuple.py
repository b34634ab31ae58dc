# KeyError's line is repr() of its key: a tuple key here.
d = {(1, 'x'): 2}
print(d[(1, 'x')])
print(d[(2, 'y')])
