# re: search/match/fullmatch, groups, match objects, classes, quantifiers, anchors,
# alternation, backreferences, lookaround, each compared with CPython.
import re

def show(m):
    if m is None:
        print(None)
        return
    print(repr(m), m.groups(), m.span(), m.lastindex)

cases = [
    (r"abc", "xxabcxx"), (r"a.c", "a\nc abc"), (r"a.c", "a\nc"), (r"^abc", "abc"),
    (r"^abc", "xabc"), (r"abc$", "abc\n"), (r"abc$", "abc\nx"), (r"\Aab", "ab"),
    (r"ab\Z", "ab\n"), (r"ab\Z", "cab"), (r"a*", "aaab"), (r"a*?", "aaab"), (r"a+?b", "aaab"),
    (r"a{2}", "aaaa"), (r"a{2,3}", "aaaa"), (r"a{2,}", "aaaaa"), (r"a{,2}", "aaaa"),
    (r"a{2,3}?", "aaaa"), (r"x{0}y", "xy"), (r"a{", "a{"), (r"a{1,x}", "a{1,x}"),
    (r"[abc]+", "xxbcaz"), (r"[^abc]+", "abxyzc"), (r"[a-f0-9]+", "zz0fe9g"),
    (r"[]x]+", "a]x]"), (r"[^]x]+", "]]ab"), (r"[a\-z]+", "q-az"), (r"[-a]+", "b-a-"),
    (r"[a-]+", "b-a-"), (r"[\d.]+", "v1.25x"), (r"[\w\s]+", "!hi there!"), (r"[\\]", "a\\b"),
    (r"\d+", "abc 123 def"), (r"\D+", "123abc456"), (r"\w+", "  hello_1 world"),
    (r"\W+", "abc, def"), (r"\s+", "a \t\n b"), (r"\S+", "   xyz  "),
    (r"\bfoo\b", "a foo b"), (r"\bfoo\b", "afoo b"), (r"\Boo\B", "foo boob"),
    (r"(a)(b)(c)", "abc"), (r"(a)|(b)", "b"), (r"(a(b)?)+", "aba"), (r"((a)|b)+", "ab"),
    (r"(?:ab)+", "ababx"), (r"(?P<x>\d)(?P<y>\d)?", "5"), (r"(a*)*", "b"), (r"(a*)+", "b"),
    (r"(a|b)*c", "abbac"), (r"(a|ab)(c|bcd)(d*)", "abcd"), (r"(\w+)\s\1", "hello hello"),
    (r"(?P<w>\w)(?P=w)", "abccd"), (r"(a)\1", "aA"), (r"x(?=y)", "xzxy"), (r"x(?!y)", "xyxz"),
    (r"(?<=a)b", "cbab"), (r"(?<!a)b", "abcb"), (r"(?<=ab|cd)x", "cdx"),
    (r"(?=(\w+))\w", "abc"), (r"(?!a)\w+", "abc bcd"), (r"(a)(?(1)b|c)", "ab"),
    (r"(a)?(?(1)b|c)", "c"), (r"(?>a+)b", "aaab"), (r"(?>a+)a", "aaaa"), (r"a++b", "aab"),
    (r"a*+a", "aaa"), (r"(?:a|b)*?c", "ababc"), (r"", "abc"), (r"$", "abc"), (r"^", ""),
    (r"\x41\u0042\U00000043\101\0", "ABCA\x00"), (r"\t\n", "a\t\nb"), (r"\.\*\+", "a.*+"),
    (r"caf\u00e9", "un café"), (r"\w+", "日本語 text"), (r"\d+", "٣٤ 12"),
    (r"[à-ÿ]+", "voilà"), (r"\s", "a\u2003b"), (r"(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10", "abcdefghijj"),
]
for p, s in cases:
    print(repr(p), repr(s))
    show(re.search(p, s))
    show(re.match(p, s))
    show(re.fullmatch(p, s))

m = re.search(r"(?P<key>\w+)=(?P<val>\w*)(;)?", "  color=red!")
print(m.group(), m.group(0), m.group(1), m.group("val"), m.group(1, 2), m.group("key", 3, 0))
print(m[0], m[1], m["val"], m[3])
print(m.groups(), m.groups("-"), m.groupdict(), m.groupdict("?"))
print(m.start(), m.end(), m.span(), m.start(2), m.end("key"), m.span(3), m.start(3))
print(m.pos, m.endpos, m.string, m.re.pattern, m.lastindex, m.lastgroup, m.regs)
print(m.expand(r"\2 is \g<key>\n!"), m.expand(r"[\g<0>]"))
for bad in (4, "nope", -1):
    try:
        m.group(bad)
    except IndexError as e:
        print("IndexError", e)

p = re.compile(r"\d+")
print(p.search("ab12cd345", 4), p.search("ab12cd345", 3, 5), p.match("ab12", 2),
      p.fullmatch("a123b", 1, 4), p.search("12", 5), p.match("abc12", -3))
print(re.match("^b", "ab", re.M), p.pattern, p.groupindex)
print(re.compile(r"^x").search("ax", 1), re.compile(r"x$").search("x\ny", 0, 1))
pp = re.compile(r"(?P<a>.)(?P<b>.)")
print(pp.groupindex, pp.flags, re.compile("a", re.I).flags, re.compile("(?s)a").flags)
print(re.compile("ab"), re.compile("a\n", re.S), re.compile("x", re.I | re.M))
print(re.compile("ab") is re.compile("ab"), re.compile(p) is p)
print(re.search("a", "bab").start(), bool(re.search("z", "abc")))
