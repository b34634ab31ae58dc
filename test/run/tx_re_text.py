# re in realistic programs: a tokenizer with named alternatives (lastgroup), a log parser,
# templating with function replacements, word statistics, and json round trips of the results.
import re
import json

TOKEN = re.compile(r"""
    (?P<NUMBER>\d+(?:\.\d*)?)
  | (?P<NAME>[A-Za-z_]\w*)
  | (?P<OP>\*\*|[-+*/=()])
  | (?P<WS>\s+)
  | (?P<BAD>.)
""", re.VERBOSE)

def tokens(src):
    out = []
    for m in TOKEN.finditer(src):
        kind = m.lastgroup
        if kind == "WS":
            continue
        out.append((kind, m.group(), m.start()))
    return out

for src in ["x = 3.5 * (y + 42)", "a**2 - b_1/7 $", "  "]:
    print(tokens(src))

LOG = """2024-01-05 12:00:01 INFO  server started on port 8080
2024-01-05 12:00:07 WARN  disk usage at 91%
2024-01-05 12:01:15 ERROR request /api/users failed: timeout after 30s
2024-01-05 12:02:00 INFO  user alice logged in from 10.0.0.12
2024-01-05 12:03:42 ERROR request /api/orders failed: 500
bad line here
"""
line_re = re.compile(r"^(\d{4})-(\d\d)-(\d\d) (\d\d:\d\d:\d\d) (?P<level>[A-Z]+)\s+(?P<msg>.*)$", re.M)
counts = {}
for m in line_re.finditer(LOG):
    counts[m.group("level")] = counts.get(m.group("level"), 0) + 1
    print(m.group(4), m["level"], repr(m["msg"][:25]))
print(sorted(counts.items()))
print(re.findall(r"request (\S+) failed: (\w+)", LOG))
print(re.findall(r"\b\d{1,3}(?:\.\d{1,3}){3}\b", LOG), re.findall(r"(\d+)%", LOG))
print(len(re.split(r"\n", LOG)), re.split(r"\s+", LOG.strip())[:6])

template = "Hello {name}, you owe {amount} to {who}. {missing}"
values = {"name": "Ann", "amount": "$12.50", "who": "Bob"}
print(re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), template))
print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567890"))
print(re.sub(r"([a-z])([A-Z])", r"\1_\2", "camelCaseToSnakeCase").lower())
print(re.sub(r"\s+", " ", "  lots   of\t\twhite \n space  ").strip())
print(re.sub(r"(?i)\bthe\b", "THE", "The other theme: the end"))

text = "It was the best of times, it was the worst of times; it was the age of wisdom."
freq = {}
for w in re.findall(r"[a-z']+", text.lower()):
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)
print(json.dumps({"top": top, "n": len(freq)}, sort_keys=True))
back = json.loads(json.dumps([m.span() for m in re.finditer(r"was", text)]))
print(back, [tuple(x) for x in back] == [m.span() for m in re.finditer("was", text)])

emails = "contact: joe.smith@example.com, ANN@Test.ORG; bad@, @bad.com, x@y.z"
print(re.findall(r"[\w.+-]+@[\w-]+\.[\w.]+", emails))
print([m.groups() for m in re.finditer(r"(\w+)@(\w+)\.(\w+)", emails, re.I)] if False else
      [m.groups() for m in re.compile(r"(\w+)@(\w+)\.(\w+)", re.I).finditer(emails)])
date = re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})")
print(date.sub(r"\g<d>/\g<m>/\g<y>", "from 2024-01-05 to 2024-12-31"))
print([date.fullmatch(s) is not None for s in ["2024-01-05", "2024-1-05", "2024-01-05x"]])
big = "ab" * 5000 + "c"
print(len(re.findall(r"ab", big)), re.search(r"(ab)+c", big).span(), re.match(r"(?:ab)*", big).end())
print(re.search(r"a.*c", big).span(), re.search(r"a.*?b", big).span())
