# An unknown member name uncaught: KeyError from Color[...].
import enum


class Color(enum.IntEnum):
    RED = 1
    GREEN = 2


print(Color['RED'], Color.GREEN + Color.RED)
print(Color['BLUE'])
