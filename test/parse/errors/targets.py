1 = x
# ---
f() = 1
# ---
a + 1 = 2
# ---
(a, 1) = x
# ---
[a, f()] = x
# ---
None = 1
# ---
True = 1
# ---
x + 1 += 1
# ---
(a, b) += 1
# ---
del f()
# ---
del 1
# ---
for 1 in x: pass
# ---
a, b: int
# ---
[a]: int
# ---
f(): int = 1
# ---
with a as 1: pass
# ---
x = yield = 1
# ---
lambda: 1 = 2
# ---
a if b else c = 1
# ---
a < b = 1
# ---
(a := 1) = 2
# ---
[x for x in y] = 1
# ---
{a: 1} = 2
# ---
f'{a}' = 1
# ---
... = 1
# ---
a.b := 1
# ---
(a.b := 1)
