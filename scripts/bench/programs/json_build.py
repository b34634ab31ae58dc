# JSON-like string builder: records made of nested lists and tuples rendered to one big string
# with f-strings, str.join, repr and % formatting, then checksummed (strs, not numbers, are the
# work here: many small strs made and joined, one large result).
N = 150000


def make_record(i):
    tags = ["t" + str(i % 7), "x" * (i % 4), f"k{i % 13:02d}"]
    return [("id", i), ("name", f"item-{i}"), ("score", i * 0.25), ("tags", tags), ("ok", i % 3 == 0), ("note", None)]


def render(v):
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return f"{v:.2f}"
    if isinstance(v, str):
        return repr(v)
    if isinstance(v, tuple):
        return f'"{v[0]}": {render(v[1])}'
    parts = []
    for x in v:
        parts.append(render(x))
    if len(v) > 0 and isinstance(v[0], tuple):
        return "{" + ", ".join(parts) + "}"
    return "[" + ", ".join(parts) + "]"


def main():
    rows = []
    for i in range(N):
        rows.append(render(make_record(i)))
    out = "[\n  " + ",\n  ".join(rows) + "\n]"
    acc = 0
    for i in range(0, len(out), 7):
        acc = (acc * 31 + ord(out[i])) % 1000000007
    lines = out.split("\n")
    print(len(out), len(lines), acc)
    print("%d records, %s" % (N, lines[1][:40]))


main()
