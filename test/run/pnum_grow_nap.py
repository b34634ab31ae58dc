# Memory grows past 4 MiB several times (the runtime then sleeps briefly in poll_oneoff, so
# that a wazero host's Go GC cycle can end), then a loop computes with no allocation or host
# call: the program's results must not change.
import time

big = [i * 3 for i in range(600000)]
rows = []
for r in range(40):
    rows.append([r] * 20000)
t0 = time.monotonic()
total = 0
for x in big:
    if x % 7 == 3:
        total += x
print(total)
print(len(rows), sum(len(r) for r in rows), rows[39][19999])
print(time.monotonic() >= t0)
words = {}
for i in range(200000):
    words[str(i % 50000)] = i
print(len(words), words["49999"])
