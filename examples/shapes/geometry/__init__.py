"""geometry: a small package of shapes and formatting helpers."""
from .shapes import Circle, Rect, Polygon

VERSION = (1, 2)


def describe():
    return "geometry %d.%d: %s" % (VERSION[0], VERSION[1], ", ".join(k.__name__ for k in (Circle, Rect, Polygon)))
