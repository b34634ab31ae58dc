# A module imported by imp_basic.py.
print("loading", __name__)
CONST = 42
counter = 0
items = [1, 2, 3]


def bump(n):
    global counter
    counter += n
    return counter


def describe():
    return "mod_a with counter " + str(counter)


def twice(x):
    return helper(x) * 2


def helper(x):
    return x + CONST


if __name__ == "__main__":
    print("never printed when imported")
