def parse(s):
    try:
        return int(s)
    except ValueError:
        return undefined_fallback


print(parse("12"))
parse("x")
