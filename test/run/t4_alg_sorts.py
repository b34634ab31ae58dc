# Bubble sort and insertion sort on lists, counting swaps; checked against sorted().
def bubble(xs):
    xs = xs[:]
    n = len(xs)
    swaps = 0
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if xs[j] > xs[j + 1]:
                xs[j], xs[j + 1] = xs[j + 1], xs[j]
                swaps += 1
                swapped = True
        if not swapped:
            break
    return xs, swaps

def insertion(xs):
    out = []
    for x in xs:
        out.append(x)
        i = len(out) - 1
        while i > 0 and out[i - 1] > out[i]:
            out[i - 1], out[i] = out[i], out[i - 1]
            i -= 1
    return out

data = [5, 2, 9, 1, 5, 6, -3, 0, 2 ** 65, -1.5]
print(bubble(data))
print(insertion(data))
print(bubble(data)[0] == sorted(data), insertion(data) == sorted(data), data)
print(bubble([]), bubble([1]), bubble([2, 1]), bubble([1, 2, 3]), bubble([3, 2, 1]))
seq = []
x = 7
for i in range(30):
    x = (x * 1103515245 + 12345) % 2 ** 31
    seq.append(x % 100)
s, n = bubble(seq)
print(s, n)
print(insertion(seq) == s, sorted(seq, reverse=True)[:5])
