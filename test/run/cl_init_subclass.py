class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls)

class Alpha(Plugin, name="a"):
    pass

class Beta(Plugin):
    def run(self):
        return "beta runs"

class Gamma(Beta, name="g"):
    pass

print([c.__name__ for c in Plugin.registry], [c.plugin_name for c in Plugin.registry])
print(Beta().run(), Gamma.plugin_name, Beta.plugin_name)

class Base:
    subclasses = []
    @classmethod
    def __init_subclass__(cls):
        Base.subclasses.append(cls.__name__)
class A(Base): pass
class B(A): pass
print(Base.subclasses)
try:
    class Bad(Base, color="red"):
        pass
except TypeError as e:
    print(e)
try:
    class Bad2(color="red"):
        pass
except TypeError as e:
    print(e)

class Tagged:
    def __init_subclass__(cls, *, tag, **extra):
        cls.tag = tag
        cls.extra = extra
class T1(Tagged, tag="one", size=3):
    pass
print(T1.tag, T1.extra)
try:
    class T2(Tagged):
        pass
except TypeError as e:
    print(e)

def factory(n):
    class Made(Plugin, name=f"made{n}"):
        pass
    return Made
print(factory(1).plugin_name, factory(2).plugin_name, len(Plugin.registry))

class Counting:
    count = 0
    def __init_subclass__(cls):
        super().__init_subclass__()
        Counting.count += 1
class C1(Counting): pass
class C2(C1): pass
print(Counting.count)
class Strict:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
try:
    class S1(Strict, flag=True):
        pass
except TypeError as e:
    print(e)
class S2(Strict):
    pass
print("S2 ok")
