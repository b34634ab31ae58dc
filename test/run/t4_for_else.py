# for loops over ranges, lists and tuples with break, continue and else.
def search(items, target):
    for i in range(len(items)):
        if items[i] == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")

data = [4, 8, 15, 16, 23, 42]
search(data, 15)
search(data, 5)
search([], 1)
search((1.5, 2.5), 2.5)

evens = 0
for v in data:
    if v % 2:
        continue
    evens += v
print("sum of evens", evens)

for x in (3, 1, 4, 1, 5, 9, 2, 6):
    if x == 9:
        print("nine, stop")
        break
    print(x, end=" ")
else:
    print("no nine")
print()

for i in range(3):
    pass
else:
    print("i after loop", i)

for ch in "abc":
    print(ch, end=".")
print()
last = None
for last in [10, 20, 30]:
    continue
print(last)
