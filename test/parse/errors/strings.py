x = 'abc
# ---
x = "abc
# ---
x = '''abc

# ---
x = """
abc
# ---
x = f'abc
# ---
x = f'{a'
# ---
x = f'}'
# ---
x = f'{}'
# ---
x = f'{a!x}'
# ---
x = b'é'
# ---
x = 'a' b'b'
# ---
x = '\x4'
# ---
x = '\N{NOT A NAME}'
# ---
x = 'a\
# ---
x = f'{a!}'
# ---
x = f'{!r}'
# ---
x = f'{lambda: 1}'
# ---
x = f'{'
