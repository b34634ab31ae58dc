# Strings and tuples: concatenation, str(), slicing, tuples as records; a few survive.
kept = []
total = 0
for k in range(40000):
    s = "item-" + str(k) + "-" + "ab" * (k % 7)
    total += len(s)
    t = (k, s, k * 2.5, (k, k + 1))
    if k % 5000 == 0:
        kept.append(t)
print(total)
for t in kept:
    print(t)

words = []
line = ""
for k in range(3000):
    line = line + str(k % 10)
    if len(line) > 50:
        words.append(line[10:20])
        line = line[25:]
print(len(words), words[:3], words[-1], line)

pairs = []
for k in range(10000):
    p = (str(k), (k, (k, (k,))))
    if k % 2500 == 0:
        pairs.append(p)
print(pairs)
u = "é" * 3
acc = []
for k in range(5000):
    w = u + str(k) + "ü"
    if k % 1000 == 0:
        acc.append(w)
print(acc, len(acc[-1]))
