# A list inside itself prints as [...].
a = [1, 2]
a.append(a)
print(a)
b = [a, (a, 3)]
print(b, str(a), repr(b))
c = []
c.append(c)
c.append(c)
print(c, [c, c])
