# TypeError: list indices must be integers or slices, not float.
def middle(xs):
    return xs[len(xs) / 2]

def show(lists):
    for xs in lists:
        print(len(xs), middle(xs))

show([[1, 2, 3], [4, 5]])
