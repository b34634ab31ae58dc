def setup(reg):
    reg.register("double", lambda x: 2 * x)
    reg.register("square", lambda x: x * x)
    return len(reg.entries)
