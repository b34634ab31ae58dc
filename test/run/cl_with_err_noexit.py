# with on an object whose class has __enter__ but no __exit__: TypeError before __enter__ runs.
class Half:
    def __enter__(self):
        print("entered?")
        return self


class Full:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        print("exit", a)


with Full():
    pass
try:
    with 5:
        pass
except TypeError as e:
    print(e)
with Half():
    print("body")
