"""Counting words: lower-cased runs of letters and apostrophes."""


def words(text):
    out = []
    cur = []
    for ch in text:
        if ch.isalpha() or (ch == "'" and cur):
            cur.append(ch.lower())
        elif cur:
            out.append("".join(cur).strip("'"))
            cur = []
    if cur:
        out.append("".join(cur).strip("'"))
    return [w for w in out if w]


def word_counts(text, min_length=1):
    counts = {}
    for w in words(text):
        if len(w) >= min_length:
            counts[w] = counts.get(w, 0) + 1
    return counts


def summary(text, counts):
    lines = text.splitlines()
    total = sum(counts.values())
    return "%d lines, %d words counted, %d distinct, longest: %s" % (
        len(lines), total, len(counts), max(counts, key=lambda w: (len(w), w)) if counts else "-")
