class Thing:
    pass


t = Thing()
things = [Thing, t]
print(type(things[0]()).__name__)
things[1]()
