# os.environ and os.getenv: the harness passes NAME.env to CPython and to every runtime.
import os

print(os.environ["KEEL_TEST_A"], os.getenv("KEEL_TEST_B"), repr(os.getenv("KEEL_EMPTY")))
print("KEEL_TEST_A" in os.environ, "KEEL_NOT_SET_HERE" in os.environ)
print(os.environ.get("KEEL_NOT_SET_HERE"), os.environ.get("KEEL_NOT_SET_HERE", 42))
print(os.getenv("KEEL_NOT_SET_HERE", "default"), os.getenv("KEEL_TEST_A", "default"))
keel = sorted(k for k in os.environ if k.startswith("KEEL_TEST_"))
print(keel)
os.environ["KEEL_SET_LATER"] = "v"
print(os.getenv("KEEL_SET_LATER"), os.environ.pop("KEEL_SET_LATER"), os.getenv("KEEL_SET_LATER"))
print(os.environ["KEEL_NOT_SET_HERE"])
