# SystemExit with a float code (not an int): printed, exit status 1.
print("start")
raise SystemExit(2.5)
