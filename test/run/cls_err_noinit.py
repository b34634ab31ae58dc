class Empty:
    pass


print(type(Empty()).__name__)
Empty(1)
