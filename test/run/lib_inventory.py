# A multi-module program using issue 6's modules together: reads an inventory from stdin,
# parses it with re into dataclasses with enum fields, and prints reports (lib_inventory.stdin).
import re
import sys
from functools import partial, reduce
from _lib_inv_models import Category, Priority, Tag, Item
import _lib_inv_report as report

LINE = re.compile(r"^(?P<name>\w[\w ]*),\s*(?P<cat>\w+),\s*(?P<qty>\d+),\s*(?P<price>\d+(?:\.\d+)?)(?:,\s*(?P<prio>\w+))?(?:,\s*(?P<tags>[\w|]+))?$")


def parse_tags(text):
    tags = Tag.NONE
    for name in text.split("|"):
        tags |= Tag[name.upper()]
    return tags


def parse(lines):
    items, errors = [], []
    for n, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        m = LINE.match(line)
        if not m:
            errors.append(f"line {n}: cannot parse {line!r}")
            continue
        try:
            cat = Category(m["cat"])
            prio = Priority[m["prio"].upper()] if m["prio"] else Priority.LOW
            tags = parse_tags(m["tags"]) if m["tags"] else Tag.NONE
        except (ValueError, KeyError) as e:
            errors.append(f"line {n}: {type(e).__name__}: {e}")
            continue
        items.append(Item(m["name"], cat, int(m["qty"]), float(m["price"]), prio, tags))
    return items, errors


items, errors = parse(sys.stdin)
for e in errors:
    print("error:", e)
print(len(items), "items")
for it in sorted(items, key=lambda i: (-i.priority, i.name)):
    print(f"{it.name:<12} {it.category.label:<5} {it.priority.name:<6} {it.qty:>3} x {it.price:>6.2f} = {it.total():>8.2f} {it.tags}")
groups = report.by_category(items)
for cat in Category:
    print(cat, [i.name for i in groups.get(cat, [])])
for label, s in report.summary(items).items():
    print(label, s)
print(report.to_json(items[:2]))
print(report.tag_counts(items).most_common())
urgent = [i for i in items if i.priority >= Priority.MEDIUM]
print("urgent:", [i.name for i in urgent], max(i.priority for i in items))
total = reduce(lambda acc, i: acc + i.total(), items, 0.0)
print("total", round(total, 2), report.tax_rate.cache_info())
cheap = partial(filter, lambda i: i.price < 5)
print("cheap:", [i.name for i in cheap(items)])
print("calls:", report.calls, report.summary.__name__, report.summary.__wrapped__.__name__)
fragile = [i.name for i in items if Tag.FRAGILE in i.tags]
print("fragile:", fragile, Tag.FRAGILE | Tag.COLD)
if errors:
    sys.exit(len(errors))
