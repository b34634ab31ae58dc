def new(key, msg=None, digestmod=''):
    return (key, msg, digestmod)


def kw(a, b=2, c=3):
    return a + b * c
