# Plugins chosen by name from a dict of modules (test/run/mod_plugins.py).
from . import upper, rot13, stats

REGISTRY = {"upper": upper, "rot13": rot13, "stats": stats}
loaded = []


def get(name):
    mod = REGISTRY[name]
    loaded.append(mod.__name__)
    return mod
