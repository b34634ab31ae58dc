# A small text report tool: word and line statistics over an embedded text with collections,
# itertools, functools, string and dataclasses working together.
import itertools
import string
from collections import Counter, defaultdict, OrderedDict, deque, namedtuple
from dataclasses import dataclass, field, asdict, astuple
from functools import reduce, partial, lru_cache, cmp_to_key, total_ordering
from operator import itemgetter, attrgetter

TEXT = """\
It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair.
"""

Stat = namedtuple("Stat", "word count first")


@total_ordering
@dataclass
class LineInfo:
    number: int
    words: list = field(default_factory=list)
    tags: set = field(default_factory=set)

    @property
    def length(self):
        return sum(map(len, self.words))

    def __lt__(self, other):
        return (self.length, self.number) < (other.length, other.number)


def tokens(line):
    table = str.maketrans("", "", string.punctuation)
    return line.translate(table).lower().split()


lines = [LineInfo(i, tokens(l)) for i, l in enumerate(TEXT.splitlines(), 1)]
counts = Counter(itertools.chain.from_iterable(li.words for li in lines))
first = {}
for li in lines:
    for w in li.words:
        first.setdefault(w, li.number)
stats = [Stat(w, n, first[w]) for w, n in counts.most_common()]
print("top:", [tuple(s) for s in stats[:5]])
print("by first line:", [s.word for s in sorted(stats, key=attrgetter("first", "word"))][:6])
by_len = defaultdict(list)
for w in sorted(counts):
    by_len[len(w)].append(w)
print({k: by_len[k] for k in sorted(by_len)[:4]})
print("longest line:", max(lines).number, "shortest:", min(lines).number, sorted(lines)[1].number)
print(asdict(lines[0])["words"][:3], astuple(lines[1])[0])
for key, group in itertools.groupby(sorted(counts.items(), key=itemgetter(1), reverse=True), key=itemgetter(1)):
    ws = sorted(w for w, _ in group)
    if len(ws) > 1:
        print(key, ws[:4])
pairs = list(itertools.pairwise(w for li in lines[:1] for w in li.words))
print(pairs[:3], len(list(itertools.combinations(range(5), 2))))
total = reduce(lambda acc, li: acc + len(li.words), lines, 0)
print("words:", total, sum(counts.values()) == total)


@lru_cache(maxsize=None)
def syllables(word):
    vowels = "aeiouy"
    n = sum(1 for a, b in itertools.pairwise(" " + word) if b in vowels and a not in vowels)
    return max(1, n)


print([(w, syllables(w)) for w in ["times", "wisdom", "incredulity", "despair"]], syllables.cache_info().misses)
print(sum(syllables(w) for li in lines for w in li.words), syllables.cache_info().hits > 0)


def by_vowels_then_alpha(a, b):
    va, vb = sum(c in "aeiou" for c in a), sum(c in "aeiou" for c in b)
    return (va > vb) - (va < vb) or (a > b) - (a < b)


print(sorted(["season", "age", "epoch", "hope", "light"], key=cmp_to_key(by_vowels_then_alpha)))
fmt = partial("{:>12}|{:<5}|".format)
print(fmt("word", "n"))
for s in stats[:3]:
    print(fmt(s.word, s.count))
recent = deque(maxlen=3)
for w in lines[-1].words:
    recent.append(w)
print(list(recent))
od = OrderedDict((s.word, s.count) for s in stats[:4])
od.move_to_end(next(iter(od)))
print(list(od.items()))
tmpl = string.Template("$word appears $count times (first on line $first)")
print(tmpl.substitute(stats[0]._asdict()))
print(string.capwords(TEXT.splitlines()[0]))
letters = Counter(c for c in TEXT.lower() if c in string.ascii_lowercase)
print(letters.most_common(3), sorted(set(string.ascii_lowercase) - set(letters)))
