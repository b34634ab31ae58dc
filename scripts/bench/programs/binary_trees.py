# Binary trees (the Computer Language Benchmarks Game algorithm): allocates many short-lived
# complete binary trees and one long-lived tree, and counts their nodes. A node is a tuple
# (left, right); a leaf is (None, None). Measures allocation and the garbage collector.
MAX_DEPTH = 16


def make(depth):
    if depth == 0:
        return (None, None)
    depth -= 1
    return (make(depth), make(depth))


def check(node):
    left = node[0]
    if left is None:
        return 1
    return 1 + check(left) + check(node[1])


def main(n):
    min_depth = 4
    max_depth = max(min_depth + 2, n)
    stretch = max_depth + 1
    print("stretch tree of depth", stretch, "check:", check(make(stretch)))
    long_lived = make(max_depth)
    depth = min_depth
    while depth <= max_depth:
        iterations = 2 ** (max_depth - depth + min_depth)
        total = 0
        for i in range(iterations):
            total += check(make(depth))
        print(iterations, "trees of depth", depth, "check:", total)
        depth += 2
    print("long lived tree of depth", max_depth, "check:", check(long_lived))


main(MAX_DEPTH)
