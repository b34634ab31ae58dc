# Always-set attributes read through receivers that may be None (specialize drops the empty-slot
# test in the class's case; None takes the switch's generic path and raises AttributeError).
class Node:
    def __init__(self, value, weight, nxt):
        self.value = value
        self.weight = weight
        self.nxt = nxt


def pick(nodes, i):
    if i < len(nodes):
        return nodes[i]
    return None


def total(nodes, n):
    s = 0
    w = 0.0
    for i in range(n):
        node = pick(nodes, i)
        try:
            s += node.value
            w += node.weight
        except AttributeError as e:
            print("missing:", e)
    return s, w


def chain(n):
    head = None
    for i in range(n):
        head = Node(i, i * 0.5, head)
    return head


def main():
    nodes = [Node(i, 1.5 * i, None) for i in range(5)]
    print(total(nodes, 7))
    h = chain(6)
    s = 0
    k = h
    while k is not None:
        s += k.value
        k = k.nxt
    print(s, h.weight, h.nxt.nxt.value)
    last = pick(nodes, 9)
    print(last.weight)


main()
