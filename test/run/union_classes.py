class Leaf:
    pass


class Branch:
    pass


Tree = Leaf | Branch
print(Tree, Leaf | None, isinstance(Leaf(), Tree), isinstance(3, Tree), Tree == (Branch | Leaf))


def kind(x: Leaf | Branch | None) -> str:
    return "tree" if isinstance(x, Leaf | Branch) else "other"


print(kind(Branch()), kind(None), issubclass(Leaf, Tree | int))
