# NameError's `name`, and the suggestion CPython's traceback adds to an uncaught NameError:
# here `self.items` for a method that forgot `self.`.
def total(values):
    result = 0
    for value in values:
        result += value
    return result


def check(thunk):
    try:
        thunk()
    except NameError as e:
        print(type(e).__name__, e, e.name, e.args)


check(lambda: undefined_thing)
check(lambda: totl([1]))
print(total([1, 2]))


class Acc:
    def __init__(self):
        self.items = []

    def add(self, x):
        items.append(x)


Acc().add(1)
