def greet(times):
    for i in range(times):
        print("Hello from Keel!", i + 1)


greet(3)
