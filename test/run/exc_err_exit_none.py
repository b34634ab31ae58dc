def main():
    print("main runs")
    raise SystemExit


main()
print("not reached")
