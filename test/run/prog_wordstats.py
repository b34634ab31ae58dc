import sys
from collections import Counter, defaultdict
text = """the quick brown fox jumps over the lazy dog the fox"""
words = text.split()
c = Counter(words)
print(max(c, key=c.get), sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
d = {}
for w in words:
    d.setdefault(len(w), []).append(w)
print(d)
m = [[1, 2, 3], [4, 5, 6]]
print(dict(zip('abc', range(3))))
print(*[1, 2, 3], sep=', ')
for i, w in enumerate(words[:3], start=1):
    print(f"{i:>3}. {w!r:<8}|{len(w):03d}")
print(', '.join(str(x) for x in range(5)), sum(x * x for x in range(10)), any(w.startswith('q') for w in words))
dd = defaultdict(int)
for ch in text:
    if ch.isalpha():
        dd[ch] += 1
print(sorted(dd.items())[:5], len(dd))
print(sorted(words, key=str.lower, reverse=True)[:4], min(words, key=len))
print("%-6s|%6.2f|%x" % ('ab', 3.14159, 255), "{:^9}".format('mid'), "{0}{1}{0}".format('a', 'b'))
nums = list(map(int, "3 1 4 1 5 9 2 6".split()))
nums.sort(key=lambda n: (n % 3, n))
print(nums, nums[::-2], nums[1:-1:3])
print(round(2.675, 2), round(0.5), round(1.5), 7 // -2, -7 % 3, 2 ** -1, divmod(-7, 2))
try:
    x = int("12a")
except ValueError as e:
    print("bad:", e)
else:
    print("no")
finally:
    print("done")
s = "Hello, World"
print(s.lower().count('o'), s[::-1], s.replace('l', 'L', 2), s.split(', '), s.center(20, '*'))
print(sys.argv[0].endswith('.py') or sys.argv[0].endswith('.wasm'))
matrix = [[0] * 3 for _ in range(3)]
matrix[1][1] = 5
print(matrix, [row[:] for row in matrix] == matrix)
print(sorted({3, 1, 2}), {1: 'a', 2: 'b'}.get(3, 'z'), list(reversed([1, 2, 3])))
a, *rest = [1, 2, 3, 4]
print(a, rest, [*rest, *'xy'], {**{'a': 1}, 'b': 2})
print(isinstance(3, (int, float)), type(3.0).__name__, str(None), bool([]), len({}))
