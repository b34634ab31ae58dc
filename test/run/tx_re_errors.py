# re: bad patterns and templates raise re.error with CPython's message and position; wrong
# argument types raise TypeError; bad group names IndexError.
import re

patterns = [
    "(", "a)", "*", "a**", "+a", "?", "{1}a" if False else "x{2,1}", "[a", "[", "[^", "[a-",
    "\\q", "\\", "a\\", "(?<x>a)", "(?P<1>a)", "(?P<a-b>x)", "[z-a]", "\\2(a)", "(a)\\2",
    "(?P<a>x)(?P<a>y)", "(?P=b)", "(?P=)", "(?<=a*)b", "(?<!a|bc)x", "a{3,2}", "(?i)a(?m)b",
    "a(?i)b", "(?z)", "(?", "(?P", "(?Px", "(?P<a", "(?P<>a)", "[\\q]", "(?#unterminated",
    "(?(1)a|b)", "(?(x)a|b)", "(a)(?(2)a|b)", "(?(0)a)", "(a)(?(1)a|b|c)", "\\x4", "\\xg",
    "\\u12", "\\U0011000", "\\U00110000", "\\400", "[\\400]", "(?:a", "(a", "((a)", "a|*",
    "(*)", "^*", "$*", "\\b*", "\\A+", "a*?+", "(?a:b)(?u:c)", "(?-i:b)", "(?i-i:b)",
    "(?L)a", "(?au)a", "(?-a:b)", "(?i", "(?i-", "(?i-:a)", "(?-)", "(?i-x", "(?ix-q:a)",
    "(?iq)", "(?i:a", "(a)(?P=a)" if False else "(?P<n>a)(?P=n", "(a)\\1\\3", "[a-\\d]",
    "[\\d-z]", "\\N{DIGIT ONE}" if False else "(?<=(a))\\1" , "(a)(?<=\\1)",
    "(?P<a>(?P=a))", "(a\\1)", "(?<", "(?<a", "x{1", "a{,}", "a{1,2}{3}",
]
for p in patterns:
    try:
        r = re.compile(p)
        print(repr(p), "compiled", r)
    except re.error as e:
        print(repr(p), "error:", e)
    except (OverflowError, TypeError, IndexError) as e:
        print(repr(p), type(e).__name__, e)

templates = ["\\1", "\\3", "\\g<2>", "\\g<3>", "\\g<x>", "\\g<name>", "\\g<1", "\\g",
             "\\g<>", "\\q", "\\-", "\\99", "\\g<-1>", "\\777", "x\\"]
for t in templates:
    try:
        print(repr(t), repr(re.sub(r"(?P<name>a)(b)", t, "ab")))
    except re.error as e:
        print(repr(t), "error:", e)
    except IndexError as e:
        print(repr(t), "IndexError", e)

for f in (lambda: re.search("a", 5), lambda: re.search("a", None), lambda: re.compile(5),
          lambda: re.compile(re.compile("a"), re.I), lambda: re.search("a", b"a"),
          lambda: re.compile("a", re.A | re.U)):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# re.error's attributes; a pattern with newlines adds the line and column.
for p in ["ab(c", "a\nb\n(?P<1>x)", "(?x)\n  a\n  [b\n"]:
    try:
        re.compile(p)
    except re.error as e:
        print(type(e).__name__, isinstance(e, Exception), isinstance(e, ValueError))
        print(e)
        print(repr(e.msg), repr(e.pattern), e.pos, e.lineno, e.colno, e.args)
try:
    re.sub("a", "\\9", "a")
except re.error as e:
    print("error", e.msg, e.pos, e.pattern)
