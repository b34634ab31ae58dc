# int and float methods read as values ((5).to_bytes, (2.5).hex), float.hex(), and built-in
# classes' methods as values and calls (int.bit_length, list.append, dict.get, set.add).
f = (5).to_bytes
print(f(2, 'big'), f(2, byteorder='little'), f(length=3), (-1).to_bytes(2, 'big', signed=True))
g = (-300).to_bytes
print(g(2, 'little', signed=True))
try:
    g(2)
except OverflowError as e:
    print("OverflowError", e)
try:
    f(2, 'big', True)
except TypeError as e:
    print("TypeError", e)
try:
    f(2, sign=True)
except TypeError as e:
    print("TypeError", e)
print(list(map(int.bit_length, [1, 255, 1024])), (255).bit_length.__name__ if False else "")
h = (2.5).hex
print(h(), (0.1).hex(), (-0.0).hex(), (0.0).hex(), (5e-324).hex(), (1e308).hex(), float("inf").hex(), float("-inf").hex(), float("nan").hex())
print((2.2250738585072014e-308).hex(), (-1.5e-310).hex(), (1.0).hex(), (-2.0).hex(), (3.0).hex())
vals = [0.5, 1 / 3, 123456.789]
print([v.hex() for v in vals])
print(hasattr(1.5, "hex"), hasattr(3, "to_bytes"), hasattr(3, "hex"), getattr(2.0, "hex")())
try:
    (3).hex()
except AttributeError as e:
    print("AttributeError", e)
xs = []
add = list.append
add(xs, 3)
list.extend(xs, [4, 5])
print(xs, list.pop(xs), list.index(xs, 4), tuple.count((1, 1, 2), 1))
d = {"a": 1}
print(dict.get(d, "a"), dict.get(d, "z", 0), sorted(map(dict.keys, [d, {"b": 2}]), key=list))
s = set()
set.add(s, 4)
print(s, set.union(s, {5}), frozenset.issubset(frozenset([4]), s), float.is_integer(2.0), bytes.hex(b"\x01\xff"))
print(sorted([3, 1, 2], key=int.__neg__) if False else sorted(["b", "A"], key=str.lower))
try:
    list.append(xs)
except TypeError as e:
    print("TypeError", e)
