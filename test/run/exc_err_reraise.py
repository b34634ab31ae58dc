def get(d, i):
    try:
        return d[i]
    except IndexError:
        print("not found, re-raising")
        raise


print(get([1, 2], 1))
try:
    get([], 3)
except LookupError as e:
    print("caught", e)
    raise
