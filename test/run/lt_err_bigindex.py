# An int index too big for a machine word takes the generic path's IndexError.
xs = [1, 2, 3]
i = 2
print(xs[i], xs[-i])
i = i ** 80
print(xs[i])
