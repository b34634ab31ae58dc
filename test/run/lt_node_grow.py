# Prints, then grows the heap by a few hundred MB in steps, printing after each step. Under
# node:wasi a WASI call after memory.grow moved the memory used to crash node (SIGSEGV) or
# corrupt its heap (the sieve benchmark failed this way); every runtime must print all lines.
print("start")
keep = []
for step in range(6):
    big = [step] * 5000000
    keep.append(big)
    print(step, len(big), big[0], big[-1])
floats = [0.5] * 3000000
print(len(floats), floats[123456] * 2)
total = 0
for b in keep:
    total += b[4999999]
print("total", total)
