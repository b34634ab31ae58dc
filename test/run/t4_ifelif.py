# if/elif/else chains, nested conditions, truthiness of numbers and containers.
def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    elif score >= 60:
        return "D"
    else:
        return "F"

for s in [100, 90, 89.9, 85, 70, 69, 60, 0, -5]:
    print(s, grade(s))

def classify(n):
    if n < 0:
        if n % 2 == 0:
            kind = "negative even"
        else:
            kind = "negative odd"
    elif n == 0:
        kind = "zero"
    else:
        if n > 1000:
            kind = "big"
        elif n % 2:
            kind = "odd"
        else:
            kind = "even"
    return kind

for n in [-4, -3, 0, 7, 8, 1001, 2 ** 70]:
    print(n, classify(n))

def quadrant(x, y):
    if x == 0 or y == 0:
        return 0
    if x > 0 and y > 0:
        return 1
    if x < 0 < y:
        return 2
    if x < 0 and y < 0:
        return 3
    return 4

print(quadrant(1, 1), quadrant(-1, 1), quadrant(-1, -1), quadrant(1, -1), quadrant(0, 5))
if []:
    print("empty list is true")
elif [0]:
    print("non-empty list is true")
if not 0.0:
    print("zero float is false")
if None:
    print("never")
else:
    print("None is false")
