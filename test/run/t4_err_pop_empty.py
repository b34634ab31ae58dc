# IndexError: pop from empty list.
def drain(stack, n):
    total = 0
    for i in range(n):
        total += stack.pop()
        print("popped, total", total)
    return total

drain([1, 2, 3], 4)
