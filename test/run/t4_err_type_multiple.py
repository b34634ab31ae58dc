# TypeError: got multiple values for an argument.
def move(x, y, dx=0, dy=0):
    return x + dx, y + dy

def run():
    print(move(1, 2))
    print(move(1, 2, dy=5))
    print(move(1, 2, 3, dx=4))

run()
