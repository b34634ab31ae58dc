# UnboundLocalError: a local assigned only on one branch, read on the other.
def describe(n):
    if n > 0:
        label = "positive"
    elif n < 0:
        label = "negative"
    return label

def run(values):
    for v in values:
        print(v, describe(v))

run([3, -2, 0])
