class C:
    x = 1
    def m(self): return 7
    @property
    def p(self): return 2
    @property
    def bad(self): raise AttributeError('inner')
    @classmethod
    def cm(cls): return cls.__name__
    @staticmethod
    def sm(a): return a * 2
c = C()
print(hasattr([], 'append'), hasattr('s', 'upper'), hasattr({}, 'keys'), hasattr(c, 'm'), hasattr(c, 'p'), hasattr(C, 'm'), hasattr(c, 'x'))
print(hasattr(c, 'bad'), hasattr(c, 'nope'), hasattr(C, 'cm'), hasattr(c, 'sm'), hasattr([], 'nope'), hasattr(range(3), 'index'))
print(getattr(c, 'p'), getattr(c, 'nope', 5), getattr([], 'nope', 6), getattr(c, 'm')(), getattr(C, 'cm')(), getattr(c, 'sm')(4))
print(getattr(c, 'bad', 'dflt'), getattr(C, 'x'), getattr(c, 'x', 9))
xs = [1]
f = xs.append
f(2)
g = "a-b".split
print(xs, g('-'), g())
d = {'x': 1}
h = d.get
print(h('x', 3), h('y', 3), h('y'))
ad = getattr(xs, 'append')
ad(5)
print(xs, getattr('abc', 'upper')())
names = ['m', 'p', 'x', 'nope', 'cm']
for n in names:
    print(n, hasattr(c, n), getattr(c, n, None) is not None)
for n in ['append', 'pop', 'nope', 'sort']:
    print(n, hasattr(xs, n), hasattr('s', n), hasattr({}, n))
class D:
    def __init__(self):
        self.count = 3
        self.items = [1, 2]
dd = D()
print(dd.count, dd.items, getattr(dd, 'count'), hasattr(dd, 'items'))
try:
    getattr(c, 'bad')
except AttributeError as e:
    print('AE', e)
try:
    hasattr(c, 5)
except TypeError as e:
    print(e)
m = xs.pop
print(m(), m(0), xs)
s = set()
a = s.add
a(3); a(4)
print(sorted(s))


class Node:
    def __init__(self, kind, *kids):
        self.kind = kind
        self.kids = kids


class Visitor:
    def visit(self, node):
        meth = getattr(self, 'visit_' + node.kind, None)
        if meth is None:
            return self.generic(node)
        return meth(node)

    def generic(self, node):
        return '?' + node.kind

    def visit_num(self, node):
        return str(node.kids[0])

    def visit_add(self, node):
        return '(' + ' + '.join(self.visit(k) for k in node.kids) + ')'


class Loud(Visitor):
    def visit_num(self, node):
        return '<' + super().visit_num(node) + '>'

    @property
    def visit_neg(self):
        return lambda node: '-' + self.visit(node.kids[0])


tree = Node('add', Node('num', 1), Node('neg', Node('num', 2)), Node('mul'))
print(Visitor().visit(tree), Loud().visit(tree))
for obj in [Visitor(), Loud(), Visitor]:
    print([n for n in ['visit', 'visit_num', 'visit_neg', 'generic', 'nothing'] if hasattr(obj, n)])
print(getattr(Loud, 'visit_num')(Loud(), Node('num', 7)), getattr(c, 'c' + 'm')(), getattr(C, 's' + 'm')(21))


class Err(Exception):
    def describe(self):
        return 'Err:' + str(self.args)


e = Err(1, 2)
print(getattr(e, 'describe')(), getattr(e, 'desc' + 'ribe')(), hasattr(e, 'args'), hasattr(e, 'nope' + ''))
kind = 'bad'
print(hasattr(c, kind), getattr(c, kind, 'd2'), getattr(c, 'p' + ''), hasattr(c, 'x' + ''))
for n in ['append', 'upper', 'keys', 'nope']:
    print(n, hasattr([], n + ''), hasattr('', n + ''), hasattr({}, n + ''))
getattr(c, 'zz' + 'z')
