# Pascal's triangle rows built from the previous row; big binomials; row sums and symmetry.
def next_row(row):
    out = [1]
    for i in range(len(row) - 1):
        out.append(row[i] + row[i + 1])
    out.append(1)
    return out

row = [1]
for n in range(12):
    print(row)
    row = next_row(row)

row = [1]
for n in range(100):
    row = next_row(row)
print(len(row), row[50], row[1], row[-2], sum(row) == 2 ** 100)
symmetric = True
for i in range(len(row)):
    if row[i] != row[-1 - i]:
        symmetric = False
print(symmetric, max(row) == row[50], row[50] % 1000000007)
def binom(n, k):
    r = 1
    for i in range(k):
        r = r * (n - i) // (i + 1)
    return r
print(binom(100, 50) == row[50], binom(200, 100), binom(10, 0), binom(10, 10))
r = [1]
odd = 0
for n in range(64):
    for v in r:
        if v % 2:
            odd += 1
    r = next_row(r)
print(odd, 3 ** 6)
