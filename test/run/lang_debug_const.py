print(__debug__)
if __debug__:
    print("debug")
def f():
    return __debug__ and 1
print(f(), type(__debug__).__name__)
