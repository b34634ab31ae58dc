# IndexError: list index out of range, in a nested function reading past the end.
def get(xs, i):
    return xs[i]

def pairs(xs):
    for i in range(len(xs)):
        print(get(xs, i), get(xs, i + 1))

pairs([1, 2, 3])
