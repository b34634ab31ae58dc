# textwrap.wrap/fill/shorten and TextWrapper: chunking (hyphens, em-dashes, whitespace), long
# words, indents, max_lines with placeholders, fix_sentence_endings, tabs; expected from CPython.
import textwrap

texts = [
    "The quick brown fox jumps over the lazy dog.",
    "Look, goof-ball -- use the -b option!",
    "a well-known, state-of-the-art, X-ray-proof self--evident co-op re-enter e-mail",
    "this-is-a-very-long-hyphenated-word-that-cannot-fit and more-of-them-here",
    "supercalifragilisticexpialidocious antidisestablishmentarianism floccinaucinihilipilification",
    "Hello there.  How are you? I am fine! Thanks. \"Quoted.\" Ok",
    "tabs\there\tand\tthere, newlines\nand\rcarriage\x0breturns\x0cfeeds",
    "  leading and trailing spaces   ",
    "numbers 123-456 a1-b2 ab-cd-ef x--y --z a--- b----c !--d 9--9",
    "",
    "   ",
    "word",
    "--- --- ---",
    "under_score-word and ü-ö-ä letters and ΑΒΓ-δεζ greek",
]

for width in (1, 2, 5, 8, 12, 20, 33, 70):
    for t in texts:
        print(width, textwrap.wrap(t, width))

for t in texts:
    print(textwrap.wrap(t, 10, break_on_hyphens=False))
    print(textwrap.wrap(t, 10, break_long_words=False))
    print(textwrap.wrap(t, 10, drop_whitespace=False))
    print(textwrap.wrap(t, 15, fix_sentence_endings=True))
    print(textwrap.wrap(t, 12, expand_tabs=False, replace_whitespace=False))
    print(textwrap.wrap(t, 12, tabsize=3))

long = ("Python is a programming language that lets you work quickly and integrate "
        "systems more effectively. It is well-known for its readability--and for its "
        "batteries-included standard library. ") * 3

print(textwrap.fill(long, 40))
print(textwrap.fill(long, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.fill(long, 25, initial_indent="-->", subsequent_indent="----|"))
for n in (1, 2, 3, 5):
    print(textwrap.wrap(long, 30, max_lines=n))
    print(textwrap.wrap(long, 30, max_lines=n, placeholder="..."))
    print(textwrap.wrap(long, 20, max_lines=n, placeholder=" (more)", subsequent_indent="  "))
print(textwrap.wrap("one two three four five six", 11, max_lines=2))
print(textwrap.wrap("one two three", 13, max_lines=1))
print(textwrap.wrap("one two three ", 13, max_lines=1))
print(textwrap.wrap("aaaaaaaaaaaaaaa bbb", 8, max_lines=2, placeholder=" ~"))

for w in (5, 10, 15, 20, 40, 100):
    print(repr(textwrap.shorten(long, w)))
    print(repr(textwrap.shorten("Hello  world!", w)))
print(textwrap.shorten("Hello world!", width=11, placeholder="..."))
print(textwrap.shorten("  lots   of\n\nspace\there  ", 14))

tw = textwrap.TextWrapper(width=16, initial_indent="> ", subsequent_indent=">> ")
print(tw.wrap(long)[:6])
print(tw.fill("short"))
tw.width = 24
tw.break_on_hyphens = False
print(tw.fill(long[:120]))
print(tw.width, tw.initial_indent, tw.max_lines, repr(tw.placeholder), tw.tabsize)

for bad in (0, -3):
    try:
        textwrap.wrap("some text", bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    textwrap.wrap("some text here", 5, max_lines=2, placeholder=" [.......]")
except ValueError as e:
    print("ValueError:", e)
try:
    textwrap.shorten("some text here", 3)
except ValueError as e:
    print("ValueError:", e)
print(textwrap.wrap("", 10), textwrap.fill("", 10) == "")
