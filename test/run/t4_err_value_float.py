# ValueError: could not convert string to float.
def parse(s):
    return float(s)

def mean(texts):
    total = 0.0
    for t in texts:
        total += parse(t)
    return total / len(texts)

print(mean(["1.5", "2.5", "1e3"]))
print(mean(["3", "four"]))
