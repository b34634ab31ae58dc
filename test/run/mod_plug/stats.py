from collections import Counter

DESCRIPTION = "counts words"
calls = 0
options = {"top": 2}


def run(lines):
    global calls
    calls += 1
    c = Counter(w for line in lines for w in line.split())
    return [f"{w}={n}" for w, n in c.most_common(options["top"])]
