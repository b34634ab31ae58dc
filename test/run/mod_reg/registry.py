entries = {}
order = []


def register(name, fn):
    entries[name] = fn
    order.append(name)


def get(name):
    return entries[name]
