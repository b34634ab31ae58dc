# Classes across modules: constructing, subclassing, calling methods, special methods.
import _cls_shapes as sh
from _cls_shapes import Rect, Shape, unit


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "Square"


shapes = [Rect(2, 3), sh.Rect(1, 5), Square(4), unit(), sh.Shape("blob")]
print(shapes)
print(shapes[0].area() + sh.unit().area())
for s in shapes:
    print(s.name, s.area(), isinstance(s, Rect), isinstance(s, sh.Shape), type(s).__name__)
print(type(shapes[2]), Shape)
from _cls_shapes import Rect as R
print(R(7, 1).area(), isinstance(R(1, 1), Rect))
