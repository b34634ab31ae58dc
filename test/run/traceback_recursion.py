# An uncaught RecursionError: CPython's report writes the repeated frame 3 times, then
# "[Previous line repeated N more times]".
# test: traceback
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)


print(deep(100))
print(deep(100000))
