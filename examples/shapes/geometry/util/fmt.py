import math


def dist(p, q):
    return math.hypot(q[0] - p[0], q[1] - p[1])


def cell(v):
    if isinstance(v, float):
        return f"{v:.3f}"
    return str(v)


def table(header, rows):
    cells = [[cell(v) for v in row] for row in rows]
    widths = [max([len(header[i])] + [len(r[i]) for r in cells]) for i in range(len(header))]
    lines = [" | ".join(h.ljust(w) for h, w in zip(header, widths))]
    lines.append("-+-".join("-" * w for w in widths))
    for r in cells:
        lines.append(" | ".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(r, widths))))
    return "\n".join(lines)
