import array
for tc in 'bBuhHiIlLqQfdw':
    try:
        a = array.array(tc)
        print(tc, a.itemsize, repr(a))
    except Exception as e:
        print(tc, type(e).__name__, e)
for tc in 'bBhHiIlLqQ':
    for v in (2**64, -2**64, 2**7, -2**7-1, 2**8, -1, 2**15, 2**16, 2**31, 2**32, 2**63, -2**63-1):
        try:
            array.array(tc, [v])
        except Exception as e:
            print(tc, v, type(e).__name__, e)
for tc, v in (('i', 1.5), ('i', 'a'), ('d', 'x'), ('d', 2**2000), ('u', 5), ('u', 'ab'), ('i', None), ('B', True)):
    try:
        print(array.array(tc, [v]))
    except Exception as e:
        print(tc, repr(v), type(e).__name__, e)
try:
    array.array('z')
except Exception as e:
    print(type(e).__name__, e)
try:
    array.array('i', 'abc')
except Exception as e:
    print(type(e).__name__, e)
a = array.array('i', [1,2,3])
print(a[1], a[-1], a[1:], a[::-1], len(a), a + a, a * 2, 2 in a, a.tolist(), list(a), a == array.array('i', [1,2,3]), a == array.array('d', [1,2,3]), a < array.array('i', [1,3]))
try:
    a[5]
except Exception as e:
    print(type(e).__name__, e)
try:
    a[5] = 1
except Exception as e:
    print(type(e).__name__, e)
try:
    a + array.array('d')
except Exception as e:
    print(type(e).__name__, e)
try:
    a.index(9)
except Exception as e:
    print(type(e).__name__, e)
try:
    a.remove(9)
except Exception as e:
    print(type(e).__name__, e)
try:
    array.array('i').pop()
except Exception as e:
    print(type(e).__name__, e)
try:
    a[0:1] = [5]
except Exception as e:
    print(type(e).__name__, e)
try:
    hash(a)
except Exception as e:
    print(type(e).__name__, e)
print(array.array('f', [0.1]), array.array('d', [0.1]), array.array('u', 'hé'), array.array('B', b'\x01\x02'), array.array('H', b'\x01\x02\x03\x04'))
try:
    array.array('H', b'\x01\x02\x03')
except Exception as e:
    print(type(e).__name__, e)
print(array.typecodes, array.array('q', range(3)).tobytes())
b = array.array('l', [5, 1, 4]); b.append(7); b.extend([8, 9]); b.insert(0, -1); print(b, b.pop(), b.pop(0), b.count(1), b.index(4)); b.reverse(); print(b); b[1:3] = array.array('l', [0,0,0]); print(b); del b[0]; print(b); b.fromlist([3]); print(b, b.buffer_info()[1])
print(sum(array.array('d', [1.5, 2.5])), sorted(array.array('i', [3,1,2])), array.array('i', [3,1,2]) * 0, str(array.array('i', [1])))
c = array.array('i', [1]); c += array.array('i', [2]); c *= 2; print(c)
print(array.array('i', (x for x in range(3))), array.array('d', array.array('i', [1, 2])))
print(array.ArrayType is array.array, type(a).__name__, isinstance(a, array.array))
c[0] = 5; print(c)
for tc in 'bBhHiIlLqQ':
    try:
        array.array(tc, [1.5])
    except Exception as e:
        print(tc, type(e).__name__, e)
for tc in 'fd':
    try:
        array.array(tc, [None])
    except Exception as e:
        print(tc, type(e).__name__, e)
a = array.array('i', [1, 2])
for f in (lambda: a['x'], lambda: a.__setitem__('x', 1), lambda: a + [1], lambda: a * 'x', lambda: array.array('i', 5), lambda: array.array(5), lambda: a.extend(array.array('d', [1.0])), lambda: a.frombytes(b'abc'), lambda: a[::2].__len__(), lambda: a.__delitem__(9)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(a == [1, 2], a != (1, 2), array.array('f', [1.5]).tobytes(), array.array('d', b'\x00' * 8))
a[::2] = array.array('i', [9]); print(a)
try:
    a[::2] = array.array('i', [9, 8, 7])
except Exception as e:
    print(type(e).__name__, e)
print(array.array('B', [1, 2, 3]).tobytes().hex(), bytes(array.array('B', [65, 66])))
print(array.array('u', 'abc').tounicode())
x = array.array('i', [1,2,3]); print(x[0:2] == x[:2], list(reversed(x)), max(x), min(x), x.count(2))
y = array.array('i', range(10)); del y[2:5]; print(y); del y[::3]; print(y)
