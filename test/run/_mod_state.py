# Module-level state read by this module's own functions (test/run/mod_values.py changes it
# through module objects).
counter = 0
VALUE = 42
items = [1, 2]
label = "state"


def bump():
    global counter
    counter += 1
    return counter


def get():
    return counter


def total():
    s = 0
    for _ in range(3):
        s += counter
    return s


def show():
    return sum(items)


def join(a, b):
    return a + "+" + b
