# ValueError: invalid literal for int() with base 10.
def parse_all(texts):
    total = 0
    for t in texts:
        total += parse(t)
        print("running total", total)
    return total

def parse(t):
    return int(t)

parse_all(["12", " 7 ", "-3", "4.5", "9"])
