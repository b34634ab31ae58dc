"""wordfreq: a command-line tool. Reads the text file named on the command line and prints the
most frequent words, e.g. `keel run --dir . main.py -- sample.txt --top 5`.

usage: main.py FILE [--top N] [--min-length N]"""
import sys
import os.path
from textstats import word_counts, summary

USAGE = "usage: main.py FILE [--top N] [--min-length N]"


def parse_args(argv):
    opts = {"top": 10, "min-length": 1}
    files = []
    i = 0
    while i < len(argv):
        a = argv[i]
        if a.startswith("--"):
            key = a[2:]
            if key not in opts or i + 1 >= len(argv):
                raise SystemExit(USAGE)
            try:
                opts[key] = int(argv[i + 1])
            except ValueError:
                raise SystemExit("%s: --%s needs a number, not %r" % ("main.py", key, argv[i + 1]))
            i += 2
        else:
            files.append(a)
            i += 1
    if len(files) != 1:
        raise SystemExit(USAGE)
    return files[0], opts


def main(argv):
    path, opts = parse_args(argv)
    try:
        with open(path) as f:
            text = f.read()
    except FileNotFoundError:
        print("main.py: cannot open", os.path.basename(path), file=sys.stderr)
        return 1
    counts = word_counts(text, opts["min-length"])
    print("file:", os.path.basename(path))
    print(summary(text, counts))
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    width = max(len(w) for w, _ in ranked[: opts["top"]])
    for rank, (word, n) in enumerate(ranked[: opts["top"]], 1):
        bar = "#" * (n * 30 // ranked[0][1])
        print(f"{rank:>2}. {word:<{width}} {n:>3} {bar}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
