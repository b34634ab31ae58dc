a or b or c; a and b and c; a and b or c and d; not a; not not a
a < b; a < b <= c > d >= e == f != g; a in b; a not in b; a is b; a is not b
a | b ^ c & d << e >> f + g - h * i / j // k % l @ m ** n
-a; +a; ~a; -1; - - a; a ** -b; -a ** b; (-a) ** b; 2 ** 3 ** 4
a if b else c; a if b else c if d else e
lambda: (yield)
x = (yield)
(a := 1); f(b := 2); [c := 3, d]; {e := 4}; x[(f := 5)]
a.b.c; a[1]; a[1:2]; a[::2]; a[:]; a[1:2:3]; a[1:2, 3]; a[..., 1]; a[b, c:d]; a[*b]; a[*b, c]
f(); f(a); f(a, b=1); f(*a, **b); f(a, *b, c=1, *d, **e); f(x for x in y); f(a)(b)[c].d
(); (1,); (1, 2); (a); ((a)); [1, 2,]; []; {}; {1}; {1, 2}; {'a': 1, **b, 'c': 2}; {**a}
[x for x in y]; [x for x in y if x if z for w in x]; {x for x in y}; {k: v for k, v in d.items()}
(x for x in y); [x async for x in y]
[*a, *b]; {*a, *b}; (*a, *b); *a, b = c
x = 1, 2
x = 1,
x = *a, *b
for x in *a, *b: pass
print(*args, sep='')
a[b][c](d)(e).f
(a
 + b)
x = [
    1,
    2,
]
x = \
    1
"héllo" + 'wörld'; ñ = 1; ñame.attr
ℌ = 1
(a)(b); (a).b; (a)[b]
