def gen():
    yield 1
    raise RuntimeError("inner")
try:
    print([x for x in gen()])
except RuntimeError as e:
    print("rt", e)
try:
    print([x for x, y in zip(gen(), gen())])
except RuntimeError as e:
    print("rt", e)
