# print(*args) with sep= and end=.
def log(*args):
    print("log:", *args)
    print(*args, sep="-", end="!\n")


log(1, "two", [3])
print(*[], end="")
print(*(1, 2), *"ab")
xs = [1, 2, 3]
