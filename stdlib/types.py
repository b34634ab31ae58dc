# types: the classes of built-in objects, found as CPython's types.py finds them (the type of
# an object of each kind). SimpleNamespace, new_class, coroutine types: not yet (docs/stdlib.md).
import sys

ModuleType = type(sys)


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)


def _g():
    yield 1


GeneratorType = type(_g())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
NoneType = type(None)
EllipsisType = type(...)
NotImplementedType = type(NotImplemented)

from _keel_generic import GenericAlias
