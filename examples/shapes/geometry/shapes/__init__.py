from .base import Shape
from .round import Circle
from .flat import Rect, Polygon
