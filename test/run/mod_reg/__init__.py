# A package whose registry is passed around as a module (test/run/mod_values.py).
from . import registry

NAME = "mod_reg"
