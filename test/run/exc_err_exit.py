print("before exit")
try:
    raise SystemExit(0)
except SystemExit as e:
    print("caught", e.code)
raise SystemExit(3)
