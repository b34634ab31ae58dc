# A config reader over stdin: INI-like sections parsed with re, values decoded with json,
# validated and reported; errors collected with their line numbers.
import json
import re
import sys
from dataclasses import dataclass, field

SECTION = re.compile(r"^\[(?P<name>[A-Za-z_][\w.]*)\]$")
ENTRY = re.compile(r"^(?P<key>[A-Za-z_]\w*)\s*=\s*(?P<value>.+?)\s*(?:#.*)?$")
COMMENT = re.compile(r"^\s*(#.*)?$")


@dataclass
class Section:
    name: str
    values: dict = field(default_factory=dict)
    lines: list = field(default_factory=list)

    def get(self, key, default=None):
        return self.values.get(key, default)


@dataclass
class Config:
    sections: dict = field(default_factory=dict)
    errors: list = field(default_factory=list)


def parse(stream):
    cfg = Config()
    current = None
    for lineno, raw in enumerate(stream, 1):
        line = raw.rstrip("\n")
        if COMMENT.match(line):
            continue
        m = SECTION.match(line.strip())
        if m:
            current = Section(m.group("name"))
            cfg.sections[current.name] = current
            continue
        m = ENTRY.match(line.strip())
        if not m or current is None:
            cfg.errors.append((lineno, "syntax", line.strip()))
            continue
        key, text = m.group("key", "value")
        try:
            value = json.loads(text)
        except json.JSONDecodeError as e:
            cfg.errors.append((lineno, "value", f"{e.msg} at {e.pos}"))
            continue
        current.values[key] = value
        current.lines.append(lineno)
    return cfg


cfg = parse(sys.stdin)
for name, sec in cfg.sections.items():
    print(f"[{name}] {len(sec.values)} values on lines {sec.lines}")
    for k, v in sorted(sec.values.items()):
        print(f"  {k:<8} {type(v).__name__:<5} {json.dumps(v, sort_keys=True)}")
print("errors:", cfg.errors)
server = cfg.sections["server"]
print(server.get("host"), server.get("port") + 1, server.get("missing", "n/a"))
print(json.dumps({n: s.values for n, s in cfg.sections.items() if s.values}, indent=2, sort_keys=True))
ports = [int(p) for p in re.findall(r":(\d+)", cfg.sections["database"].get("url"))]
print(ports, re.sub(r"//[^:]+:", "//***:", cfg.sections["database"].get("url")))
flat = {f"{n}.{k}": v for n, s in cfg.sections.items() for k, v in s.values.items() if isinstance(v, (int, float)) and not isinstance(v, bool)}
print(sorted(flat.items()), sum(flat.values()))
print(json.loads(json.dumps(cfg.sections["limits"].values)) == cfg.sections["limits"].values)
