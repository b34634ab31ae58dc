# Functions calling functions defined later in the module.
def main():
    print("squares:", square_all(5))
    print("cube sum:", cube_sum(10))
    print("pythag:", is_pythag(3, 4, 5), is_pythag(5, 12, 13), is_pythag(2, 3, 4))
    print("hyp:", hyp(6, 8))

def square_all(n):
    i = 0
    out = []
    while i < n:
        out.append(square(i))
        i += 1
    return out

def cube_sum(n):
    s = 0
    for i in range(1, n + 1):
        s += cube(i)
    return s

def is_pythag(a, b, c):
    return square(a) + square(b) == square(c)

def hyp(a, b):
    return root(square(a) + square(b))

def root(v):
    return v ** 0.5

def square(x):
    return x * x

def cube(x):
    return x * square(x)

main()
