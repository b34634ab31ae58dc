class Opaque:
    pass


class Listy:
    def __iter__(self):
        return iter([1, 2])


print(list(Listy()))
for x in Opaque():
    print(x)
