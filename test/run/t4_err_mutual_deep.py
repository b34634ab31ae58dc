# An error deep inside mutually recursive functions, so the traceback has many frames.
def walk_even(n, acc):
    if n == 0:
        return acc // (n - n)
    return walk_odd(n - 1, acc + n)

def walk_odd(n, acc):
    return walk_even(n - 1, acc * 2)

print("walking")
print(walk_even(6, 1))
