print("init", __name__)
from .core import area, VERSION
from . import sub

NAME = "imp_pkg_lib"
