class Weird:
    def __len__(self):
        return "three"


class Fine:
    def __len__(self):
        return 3


print(len(Fine()))
print(len(Weird()))
