import os

def show():
    return (__doc__, os.path.basename(__file__))
