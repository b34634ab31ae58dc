# TypeError: an unexpected keyword argument.
def scale(v, factor=2):
    return v * factor

def run():
    print(scale(3))
    print(scale(3, factor=5))
    print(scale(v=4))
    print(scale(3, fctor=5))

run()
