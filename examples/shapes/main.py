"""A package with subpackages: geometry.shapes (classes), geometry.util (formatting),
relative imports between them, package-level state and __name__."""
import geometry
from geometry.shapes import Circle, Rect, Polygon
from geometry.util.fmt import table
import geometry.shapes.base as base


def build():
    return [
        Circle(1.5),
        Rect(2, 3),
        Polygon([(0, 0), (4, 0), (4, 3)]),
        Rect(1.25, 4),
        Circle(0.5),
    ]


def main():
    shapes = build()
    print(geometry.describe())
    rows = [(s.name(), s.area(), s.perimeter()) for s in shapes]
    print(table(["shape", "area", "perimeter"], rows))
    biggest = max(shapes, key=lambda s: s.area())
    print("biggest:", biggest)
    print("total area: %.3f" % sum(s.area() for s in shapes))
    print("made:", base.Shape.count, "shapes;", geometry.shapes.__name__, base.__name__)
    by_kind = {}
    for s in shapes:
        by_kind.setdefault(s.name(), []).append(round(s.area(), 2))
    for kind in sorted(by_kind):
        print(kind, by_kind[kind])


if __name__ == "__main__":
    main()
