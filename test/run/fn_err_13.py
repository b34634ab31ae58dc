def first():
    return second()


def second():
    return missing_fn()


def missing_fn():
    raise_it = [1][5]
    return raise_it


g = first
g()
