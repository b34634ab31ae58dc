# Reports of lib_inventory: functools, collections, itertools, json.
import functools
import json
from collections import Counter, defaultdict
from itertools import chain, groupby
from _lib_inv_models import Category, Priority, Tag, Item

calls = []


def traced(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        calls.append(func.__name__)
        return func(*args, **kwargs)
    return wrapper


@functools.lru_cache(maxsize=None)
def tax_rate(category):
    return {Category.TOOL: 0.2, Category.FOOD: 0.05, Category.TOY: 0.1}[category]


@traced
def by_category(items):
    groups = defaultdict(list)
    for it in items:
        groups[it.category].append(it)
    return groups


@traced
def summary(items):
    out = {}
    for cat, group in groupby(sorted(items, key=lambda i: i.category.value), key=lambda i: i.category):
        group = list(group)
        out[cat.label] = {
            "count": len(group),
            "value": round(sum(i.total() for i in group), 2),
            "tax": round(sum(i.total() * tax_rate(i.category) for i in group), 2),
        }
    return out


def encode(o):
    if isinstance(o, (Category, Priority)):
        return o.name
    if isinstance(o, Tag):
        return [t.name for t in o]
    if isinstance(o, Item):
        return {"name": o.name, "category": o.category, "qty": o.qty, "priority": o.priority, "tags": o.tags}
    raise TypeError(type(o).__name__)


def to_json(items):
    return json.dumps(items, default=encode, sort_keys=True)


def tag_counts(items):
    return Counter(chain.from_iterable(list(i.tags) for i in items))
