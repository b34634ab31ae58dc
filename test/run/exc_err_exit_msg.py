print("out")
raise SystemExit("fatal: bad input")
