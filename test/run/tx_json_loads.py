# json.loads/load and dump: values, hooks, round trips, and CPython's errors with positions.
import json
import sys

docs = [
    '0', '-0', '-0.0', '12', '-12', '1.5', '1e3', '1E-3', '2.5e+2', '123456789012345678901234567890',
    '1.7976931348623157e308', '1e400', '-1e400', '5e-324', 'NaN', 'Infinity', '-Infinity',
    'true', 'false', 'null', '""', '"abc"', '"a\\"b\\\\c\\/d"', '"\\b\\f\\n\\r\\t"',
    '"\\u00e9\\u20AC"', '"\\ud83d\\ude00"', '"\\ud83d"', '"\\ude00\\ud83d"', '"\\ud83dx"',
    '"\\ud83d\\u0041"', '"caf\u00e9 \U0001f600"', '[]', '[ ]', '{}', '{ }', ' \t\n\r[1] \n',
    '[1, 2.0, "three", [4], {"five": 5}]', '{"a": {"b": {"c": [null, true, false]}}}',
    '{"dup": 1, "dup": 2}', '{"": 0, " ": 1}', '[[[[[[[[[[]]]]]]]]]]',
]
for s in docs:
    v = json.loads(s)
    print(ascii(s), '->', ascii(v), type(v).__name__)

big = {"list": list(range(20)), "text": "x" * 50 + "\u00e9", "n": {"f": 0.1, "i": -3}}
for ind in (None, 2):
    text = json.dumps(big, indent=ind)
    print(json.loads(text) == big)
print(json.loads(b'{"bytes": [1, 2]}'))
print(json.loads(bytearray(b'["ba"]')))
print(json.loads('\ufeff1'.encode('utf-8')))

# Hooks.
print(json.loads('{"a": 1, "b": [{"c": 2}]}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1, "a": 2, "b": 3}', object_pairs_hook=lambda p: p))
print(json.loads('[1.5, 2, 3e2]', parse_float=lambda t: "F" + t))
print(json.loads('[1.5, 2, -30]', parse_int=lambda t: int(t) * 10))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda t: t.lower()))
print(json.loads('"tab\there"', strict=False))
print(json.loads('{"a": "new\nline"}', strict=False))

bad = [
    '', '   ', '[1,]', '{"a":1,}', '{"a" 1}', '[1 2]', '"abc', '"a\\x"', '"\\u12"',
    '"\\u12g4"', '"\\ud800\\u12"', '"a\nb"', '1 2', '{1:2}', '[', '{', 'nul', 'tru', 'fals',
    '-', '1.', '01', '1e', '1e+', '-x', '.5', '+1', '\ufeff1', '[1,\n 2,\n x]', '{"a":}',
    '"\\', '{"a"', '{"a":1', '[1', '{"a":1 "b":2}', '[1,,2]', '{,}', '[}', '{"a":[}', 'nan',
    'infinity', '[1]]', '{"a": 1}x', '"\x00"', '\n\n  "ok" \n x', "'single'", '[-]',
    '{"a\nb": 1}', '"\\u"', '"\\uD83D\\uDE0"',
]
for s in bad:
    try:
        print(ascii(s), 'parsed', json.loads(s))
    except json.JSONDecodeError as e:
        print(ascii(s), 'error', e)

for x in (1, None, [1], 2.5):
    try:
        json.loads(x)
    except TypeError as e:
        print('TypeError', e)

# dump/load through a file.
path = sys.argv[1] + "/data.json"
with open(path, "w") as f:
    json.dump(big, f, indent=1, sort_keys=True)
with open(path) as f:
    print(f.read())
with open(path) as f:
    print(json.load(f) == big)
with open(path, "w") as f:
    json.dump(["a", {"b": None}], f)
with open(path) as f:
    print(json.load(f, object_hook=lambda d: len(d)))

# JSONDecodeError: a ValueError with the position's details.
try:
    json.loads('{"a": [1, 2,\n  ]}')
except json.JSONDecodeError as e:
    print(type(e).__name__, isinstance(e, ValueError), e.msg, e.pos, e.lineno, e.colno,
          e.doc == '{"a": [1, 2,\n  ]}', e.args)
try:
    json.loads('[1] x')
except ValueError as e:
    print(repr(e))
