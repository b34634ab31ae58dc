# l.remove(x) when the program defines __eq__: the comparisons run program code, which can
# change the items (infer.ts must treat the list and x as escaping).

log = [1, 2]


class Key:
    def __init__(self, k, sink):
        self.k = k
        self.sink = sink

    def __eq__(self, other):
        self.sink.append(0.5)  # an int list gets a float through the comparison
        log.append(self.k)
        return isinstance(other, Key) and self.k == other.k


def main():
    ints = [10, 20]
    keys = [Key(i, ints) for i in range(4)]
    keys.remove(Key(2, ints))
    print(len(keys), [k.k for k in keys])
    total = 0
    for x in ints:
        total = total + x  # a float now among the ints
    print(total, ints)
    print(log)
    s = 0
    for x in log:
        s += x * 2
    print(s)
    keys.remove(Key(9, ints))


main()
