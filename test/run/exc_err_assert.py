def check(x):
    assert x > 0, "x must be positive"
    assert x < 10
    return x


print(check(5))
try:
    check(-1)
except AssertionError as e:
    print("caught:", e)
check(50)
