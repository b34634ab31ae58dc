"""doc"""
from __future__ import annotations
import os
print(__doc__)
print(__file__.endswith("mod_file_doc.py"), os.path.isabs(__file__))
def f():
    return os.path.basename(__file__)
print(f(), os.path.dirname(__file__) == os.path.dirname(os.path.abspath(__file__)))
import _mod_nodoc
print(_mod_nodoc.show())
