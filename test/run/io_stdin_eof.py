# input() at the end of stdin raises EOFError.
n = 0
while True:
    s = input()
    n += 1
    print(n, s)
