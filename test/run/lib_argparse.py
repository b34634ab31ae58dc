# argparse: parsing positionals and optionals (actions, nargs, type, choices, defaults), the
# help and usage text, and errors (usage and message on stderr, exit code 2, caught here).
import argparse
import os
import sys


def parser():
    p = argparse.ArgumentParser(prog="tool", description="Process some integers and strings, "
                                "with a description long enough to be wrapped by the formatter at its width.",
                                epilog="That is all.")
    p.add_argument("integers", metavar="N", type=int, nargs="+", help="an integer for the accumulator")
    p.add_argument("--sum", dest="accumulate", action="store_const", const=sum, default=max,
                   help="sum the integers (default: find the max)")
    p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
    p.add_argument("--name", default="world", help="who to greet (default: %(default)s)")
    p.add_argument("--mode", choices=["fast", "slow"], default="fast")
    p.add_argument("-x", type=float, help="a float")
    p.add_argument("--tag", action="append", help="tags, repeatable")
    p.add_argument("--flag", action="store_true")
    p.add_argument("--no-color", action="store_false", dest="color")
    p.add_argument("--pair", nargs=2, metavar=("A", "B")[0], help="two values")
    return p


def run(argv):
    print(argv)
    try:
        ns = parser().parse_args(argv)
    except SystemExit as e:
        print("exit", e.code)
        return
    print(ns.accumulate(ns.integers), ns.verbose, ns.name, ns.mode, ns.x, ns.tag, ns.flag, ns.color, ns.pair)
    print(sorted(vars(ns)))


run(["1", "2", "3"])
run(["1", "5", "--sum", "-vv", "--name=Ann", "--mode", "slow", "-x", "2.5", "--tag", "a", "--tag=b"])
run(["--flag", "7", "--no-color", "-x3", "--pair", "p", "q", "8"])
run(["-v", "--", "-4", "5"])
run(["-3", "-2"])
run([])
run(["a"])
run(["1", "--mode", "medium"])
run(["1", "--bogus", "2"])
run(["1", "-x"])
run(["1", "--pair", "only"])
run(["-h"])

q = argparse.ArgumentParser()
print(q.prog == os.path.basename(sys.argv[0]))  # the default (argv[0] is the runtime's: compare)
q.prog = "q"
q.add_argument("src")
q.add_argument("dst", nargs="?", default="out.txt")
q.add_argument("rest", nargs="*")
print(q.parse_args(["a"]))
print(q.parse_args(["a", "b", "c", "d"]))
print(q.parse_known_args(["a", "--zz", "b"]))
print(q.format_usage(), end="")
ns = argparse.Namespace(a=1, b="x")
print(ns, ns == argparse.Namespace(b="x", a=1), "a" in ns)
v = argparse.ArgumentParser(prog="v")
v.add_argument("--version", action="version", version="%(prog)s 1.0")
try:
    v.parse_args(["--version"])
except SystemExit as e:
    print("exit", e.code)
long = argparse.ArgumentParser(prog="a_rather_long_program_name")
for i in range(8):
    long.add_argument("--option-number-%d" % i, metavar="VALUE%d" % i, help="option %d" % i)
long.add_argument("inputs", nargs="*")
long.print_help()
d = parser().parse_args(sys.argv[1:] + ["9"])
print(d.integers, d.name)
