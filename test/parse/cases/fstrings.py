f'plain'; f''; F"x{a}y"; rf'{a}\n'; fR"\d{b!r}"
f'{a!s:>{width}.{prec}}' f"tail"
f'{x=}'; f'{x = }'; f'{x=!s}'; f'{x=:>10}'; f'{x:=10}'; f'{(x:=10)}'
f'{{literal}} {{{a}}}'
f'{a["key"]}' f"{b['k']}" f'{f"{nested}"}'
f'''multi
{a
 + b}
line'''
f'{3.14:.2f} {a:{b}{c}} {d:}'
f'\N{EM DASH}{a}\x41'
f'{a!r}' 'plain' f'{b}'
f"{'''triple inside'''}"
f'{yield_ if 1 else 2}'
f'{a:{b:{c}}}'
f'{ a  }'
