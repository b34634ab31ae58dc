print("init", __name__)
from ..core import area
from .. import core
from . import helpers


def volume(w, h, d):
    return area(w, h) * d + core.VERSION[0] * 0 + helpers.zero()
