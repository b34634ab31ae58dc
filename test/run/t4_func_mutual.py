# Mutual recursion: even/odd, Hofstadter female/male sequences, and a tiny expression evaluator.
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)

def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)

for n in range(0, 12, 3):
    print(n, is_even(n), is_odd(n))
print(is_even(200), is_odd(199), is_odd(0))

def female(n):
    if n == 0:
        return 1
    return n - male(female(n - 1))

def male(n):
    if n == 0:
        return 0
    return n - female(male(n - 1))

for i in range(16):
    print(female(i), end=" ")
print()
for i in range(16):
    print(male(i), end=" ")
print()

def ping(n, acc):
    if n <= 0:
        return acc
    return pong(n - 1, acc + 1)

def pong(n, acc):
    if n <= 0:
        return acc
    return ping(n - 2, acc * 2)

print(ping(10, 0), pong(10, 0), ping(1, 5), pong(0, 7))
