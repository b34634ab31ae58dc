# An uncaught user exception raised as a class with no arguments: just the class name.
class Stop(Exception):
    pass


class Fatal(Stop):
    pass


try:
    raise Fatal
except Stop as e:
    print("caught", repr(e))
raise Fatal
