print(compute_total(1))


def compute_total(x):
    return x
