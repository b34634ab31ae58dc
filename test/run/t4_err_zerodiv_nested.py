# ZeroDivisionError from integer floor division deep in a call chain.
def average_step(total, count):
    return total // count

def summarize(values):
    total = 0
    for v in values:
        total += v
    print("total", total, "count", len(values))
    return average_step(total, len(values))

def report(batches):
    for b in batches:
        print("average", summarize(b))

report([[1, 2, 3], [10, 20], []])
print("unreachable")
