# bool and None: printing, arithmetic on bools, truthiness, identity and equality.
print(True, False, None, True + True, True * 10, False - 1, True / 2, -True)
print(bool(0), bool(1), bool(-1), bool(0.0), bool(-0.0), bool(1e-300), bool(None), bool(""), bool("x"))
print(bool([]), bool([0]), bool(()), bool((0,)), bool(2 ** 100), bool(float("nan")))
print(int(True), int(False), float(True), str(True), str(None), abs(False))
print(True == 1, False == 0, True is True, None is None, None == None, None != 0, None == False)
print(True and None, None or True, not None, not not 3, True > False, max(True, False), min(False, 3))
print(sum([True, True, False, True]), True + 0.5, 3 * False)
def check(v):
    if v:
        return "truthy"
    else:
        return "falsy"
for v in [0, 1, -1, 0.0, 0.5, None, True, False, "", "a", [], [None], (), 2 ** 70]:
    print(check(v), end=" ")
print()
def nothing():
    pass
def returns_none():
    return
r = nothing()
print(r, returns_none(), r is None, nothing() == returns_none())
flag = False
flag = not flag
print(flag, flag + flag, flag == 1, [flag, None])
print(None, None, sep="|")
