# A plugin loader: modules chosen from a dict at run time, called through their attributes,
# their state changed from outside (the module's own functions see it).
import mod_plug
from mod_plug import stats

TEXT = ["the quick brown fox", "jumps over the lazy dog", "the end"]


def apply(names, lines):
    for name in names:
        plugin = mod_plug.get(name)
        lines = plugin.run(lines)
        print(f"{name:>6}: {plugin.DESCRIPTION} -> {lines}")
    return lines


apply(["upper", "rot13"], TEXT)
apply(["rot13", "rot13"], TEXT)
stats.options["top"] = 3
apply(["stats"], TEXT)
mod_plug.REGISTRY["stats"].options = {"top": 1}
apply(["stats"], TEXT)
for name, mod in sorted(mod_plug.REGISTRY.items()):
    print(name, mod.calls, getattr(mod, "DESCRIPTION"), hasattr(mod, "run"), callable(mod.run))
print(mod_plug.loaded)
chosen = [m for m in mod_plug.REGISTRY.values() if m.calls > 1]
print([m.__name__ for m in chosen])
for m in chosen:
    m.calls = 0
print(mod_plug.upper.calls, mod_plug.rot13.calls, stats.calls)
try:
    mod_plug.get("missing")
except KeyError as e:
    print("no plugin", e)
