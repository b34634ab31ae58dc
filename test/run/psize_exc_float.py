# An uncaught exception whose argument is a float: its line prints str(3.5).
def check(x):
    if x > 3:
        raise ValueError(x * 1.5)
    return x

print(check(2))
print(check(2.5))
check(3)
