# The collector's mark stack grows past its fixed 8192 entries: one runtime call (split, a list
# repeat, dict(zip(...))) makes tens of thousands of new objects at once, which the next
# collection finds unmarked in one list or dict and pushes all together.
words = ("alpha beta gamma delta " * 6000).split()
print(len(words), words[0], words[-1])
pairs = dict(zip(words[:12000], range(12000)))
print(len(pairs))
keep = [words, [w.upper() for w in words[:20]]]
for i in range(30):
    junk = [i, str(i), (i, i)]
    keep.append(junk[1])
print(len(keep), keep[-1], keep[1][:3])
wide = " ".join(str(i) for i in range(10000)).split()
for i in range(5):
    wide.append(str(i * 3))
print(len(wide), wide[9999], wide[-1], sum(len(w) for w in wide))
grid = [[w] for w in wide[:9000]]
for i in range(10):
    grid.append([i])
print(len(grid), grid[8999], grid[-1])
