DESCRIPTION = "upper-cases each line"
calls = 0


def run(lines):
    global calls
    calls += 1
    return [line.upper() for line in lines]
