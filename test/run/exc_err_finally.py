def work():
    try:
        raise KeyError("in work")
    finally:
        print("cleanup runs")


try:
    work()
finally:
    print("outer cleanup")
