class BadRecord(ValueError):
    pass


def parse_line(line):
    parts = [p.strip() for p in line.split(",")]
    if len(parts) != 3:
        raise BadRecord("expected 3 fields, got %d" % len(parts))
    name, team, hours = parts
    if not name or not team:
        raise BadRecord("empty name or team")
    try:
        h = float(hours)
    except ValueError:
        raise BadRecord("hours is not a number: %r" % hours)
    if h < 0:
        raise BadRecord("negative hours")
    return name, team.lower(), h
