from dataclasses import dataclass
class A:
    """Doc of A."""
    def m(self):
        "m doc"
class B(A):
    pass
class C:
    x = 1
print(A.__doc__, A().__doc__, B.__doc__, C.__doc__, A.m.__doc__)
class E(Exception):
    """My error."""
print(E.__doc__, E("x").__doc__)
