# re with bytes patterns: results of the subject's type, ASCII classes, CPython's type errors.
import re
p = re.compile(rb"(\d+)-(?P<w>\w+)")
m = p.search(b"id 12-abc rest")
print(p, p.pattern, p.flags, m, m.group(), m.group(1), m.groups(), m.groupdict(), m["w"], m.string, m.span(2))
print(re.findall(rb"\w+", b"hello w\xe9rld 42"), re.findall(rb"(a)(b)?", b"ab a"))
print(re.sub(rb"\d", b"#", b"a1b22"), re.subn(rb"(\w)(\d)", rb"\2\1", b"a1 b2"), re.split(rb",\s*", b"a, b,c"))
print(re.sub(rb"x", lambda m: m.group().upper(), b"axbx"), m.expand(rb"<\2:\1>"))
print(re.match(b"(?i)ABC", b"abc"), re.fullmatch(rb"[\x00-\x7f]+", b"ascii\x7f"), re.escape(b"a.b*c"))
print(re.search(rb"\s", b"a\xa0b"), re.search(r"\s", "a\xa0b"), [x.span() for x in re.finditer(rb"\b", b"ab cd")])
print(re.compile(b"ab", re.I), re.compile(rb"\w", re.A).flags)
for f in (lambda: re.search(b"a", "a"), lambda: re.search("a", b"a"), lambda: re.sub(b"a", "x", b"a"),
          lambda: re.compile(b"a", re.U)):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
