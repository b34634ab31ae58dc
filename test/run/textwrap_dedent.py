# textwrap.dedent and textwrap.indent: common margins of spaces and tabs, blank and
# whitespace-only lines, predicates; expected from CPython.
import textwrap

samples = [
    "    hello\n      world\n    end\n",
    "  a\n\tb\n",
    "\ta\n\t\tb\n\tc",
    "    x\n  \n    y\n",
    "  \t x\n  \t  y\n",
    "  \t x\n  \ty\n",
    "no indent\n    here\n",
    "\n\n    only\n\n",
    "   \n\t\n",
    "",
    "    one line",
    "  a\r\n  b\r\n",
    "        deep\n    shallow\n            deeper\n",
    "\t  mixed\n\t\tother\n",
    "  a\n    \n  b\n \n",
]
for s in samples:
    print(repr(textwrap.dedent(s)))

def f():
    doc = """
        Usage: prog [options]

            -h   help
            -v   verbose
        """
    return textwrap.dedent(doc)
print(f())

blocks = ["hello\nworld\n", "one\n\n  two\n   \nthree", "", "a\r\nb\rc\x0bd\x1ce", "\n\n"]
for b in blocks:
    print(repr(textwrap.indent(b, "+ ")))
    print(repr(textwrap.indent(b, "  ", lambda line: True)))
    print(repr(textwrap.indent(b, "# ", lambda line: line.startswith("t"))))
print(textwrap.indent(textwrap.dedent(f()), "| "))
