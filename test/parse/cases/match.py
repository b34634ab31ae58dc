match x:
    case 1:
        pass
    case -1 | 2 | 3.5 | -4j | 1 + 2j | 1 - 2j:
        pass
    case 'a' 'b' | b'c':
        pass
    case None | True | False:
        pass
    case a.b.c:
        pass
    case [a, b, *rest]:
        pass
    case (a, b, *_):
        pass
    case a, b:
        pass
    case a, *b,:
        pass
    case ():
        pass
    case []:
        pass
    case {'k': v, 1: w, a.b: c, **rest}:
        pass
    case {}:
        pass
    case Point(x, y=0, z=_):
        pass
    case Point():
        pass
    case a.B(c, d=e):
        pass
    case (a | b) as c:
        pass
    case [a, b] if a > b:
        pass
    case _:
        pass
    case x:
        pass
    case {**rest}:
        pass
match x, y:
    case (1, 2): pass
match *a, b:
    case _: pass
match (x):
    case _: pass
match f(x):
    case _: pass
