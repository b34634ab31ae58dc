# re: findall/finditer/sub/subn/split/escape, replacement templates, function replacements,
# the empty-match rules of Python 3.7+, flags (IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII).
import re

print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)(\d)", "a1 b2 c"),
      re.findall(r"(\w)=(\d)?", "a=1 b= c=3"), re.findall(r"(x)?y", "y xy"),
      re.findall(r"", "abc"), re.findall(r"a*", "baaac"), re.findall(r"\b", "hi you"),
      re.findall(r"(?:a|b)+", "abxba"), re.findall(r"(a)|b", "ab"))
for m in re.finditer(r"(\w+)@(\w+)\.com", "x joe@mail.com, ann@site.com!"):
    print(m.span(), m.group(1), m.groups(), m.start(2))
print([m.span() for m in re.finditer(r"x*", "axxb")])
print([m.group() for m in re.finditer(r"\w+", "one two  three")])

print(re.sub(r"\d", "#", "a1b22c"), re.sub(r"\d", "#", "a1b22c", count=2),
      re.sub(r"\d", "#", "a1b22c", 1), re.subn(r"\d", "#", "a1b22c"),
      re.subn(r"z", "#", "abc"))
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world, good day"))
print(re.sub(r"(?P<a>\w)(?P<b>\w)", r"\g<b>\g<a>", "abcdef"))
print(re.sub(r"(\w)", r"\g<1>0", "ab"), re.sub(r"(a)|b", r"[\1]", "ab"))
print(re.sub(r"a", r"\n\t\\", "xax"), re.sub(r"a", "\\x", "bab") if False else "")
print(re.sub(r"x", r"\101\0\08", "x"))
print(re.sub(r"(\d+)", lambda m: str(int(m.group(1)) * 2), "3 apples and 14 pears"))
print(re.sub(r"\w+", lambda m: m.group().upper(), "make me loud", count=2))
print(re.sub("x*", "-", "abxd"), re.sub("", "-", "abc"), re.sub("a|", "-", "bac"))
print(re.sub(r"\b", "|", "ab cd"), re.sub(r"(?=b)", "^", "abab"), re.sub(r"$", "!", "a\n"))
print(re.sub(r"^", "> ", "line1\nline2", flags=re.M))
print(re.subn(r"(?m)^\s+", "", "  a\n   b\nc"))
p = re.compile(r"[aeiou]")
print(p.sub("_", "education"), p.subn("", "queue"), p.split("banana"), p.findall("sequoia"))
print(p.sub(lambda m: m.group().upper(), "sequoia", 3))

print(re.split(r",", "a,b,,c"), re.split(r"(,)", "a,b,c"), re.split(r"\s+", " a b  c "),
      re.split(r",", "a,b,c,d", maxsplit=2), re.split(r"(-)|(\+)", "1-2+3"),
      re.split(r"x*", "axbc"), re.split(r"\b", "ab cd"), re.split(r"", "abc"),
      re.split(r"(?=b)", "abab"), re.split("z", "abc"), re.split(r"[,;]", "a;b,c", 1))

print(re.escape("a.b*c+d?e(f)[g]{h}|i^j$k\\l m-n#o&p~q"), re.escape("héllo_123"),
      re.escape("\t\n"), re.escape(""))
print(re.match(re.escape("1+1=2?"), "1+1=2?"))

# Flags.
print(re.findall(r"[a-z]+", "Hello WORLD", re.I), re.findall(r"hello", "HeLLo", re.IGNORECASE),
      re.match(r"(?i)straße", "STRAßE"), re.match(r"[^a]", "A", re.I),
      re.findall(r"(?i:a)b", "ab Ab AB aB"), re.findall(r"a(?-i:b)", "ab AB aB", re.I),
      re.match(r"(a)\1", "aA", re.I), re.findall(r"[À-Þ]", "àé", re.I),
      re.match(r"ǅ", "ǆ", re.I), re.match(r"\w+", "ÉCOLE", re.I | re.A))
print(re.findall(r"^\w+", "one\ntwo\nthree", re.M), re.findall(r"\w+$", "one\ntwo\nthree", re.M),
      re.findall(r"^\w+$", "one\ntwo"), re.findall(r"(?m)^$", "a\n\nb\n"))
print(re.findall(r"a.b", "a\nb axb", re.S), re.findall(r"(?s)a.b", "a\nb"),
      re.findall(r"a.b", "a\nb"))
print(re.findall(r"""
    (\d+)   # a number
    \s*     # spaces
    ([a-z]+) # a word
    """, "12 apples, 3pears", re.X))
print(re.findall(r"(?x) a b c  # comment", "abc ab c"), re.findall(r"[ ]x", " x", re.X),
      re.findall(r"a\ b", "a b", re.VERBOSE))
print(re.findall(r"\w+", "naïve café", re.A), re.findall(r"\w+", "naïve café"),
      re.findall(r"\d", "1٣", re.ASCII), re.findall(r"(?a)\s", "\u2003 "),
      re.findall(r"\bé", "é xé", re.A))
print(re.search(r"(?ims)^B.C$", "a\nb\nc\nd"))
