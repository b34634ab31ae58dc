def make(limit):
    def gen(start):
        n = start
        while True:
            if n > limit:
                raise ValueError('past ' + str(limit))
            yield n
            n += 1
    return gen


g = make(2)(1)
print(next(g), next(g))
next(g)
