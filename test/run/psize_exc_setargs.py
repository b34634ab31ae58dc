# Setting an exception's args to non-str values: the report prints them.
def f(n):
    return 10 // n

try:
    f(0)
except ZeroDivisionError as e:
    print("caught")
    e.args = (1.5, [2])
    raise
