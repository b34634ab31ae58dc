# IndexError: list assignment index out of range.
def fill(xs, n):
    for i in range(n):
        xs[i] = i * i
        print("set", i)
    return xs

def main():
    data = [0, 0, 0]
    print(fill(data, 3))
    print(fill(data, 5))

main()
