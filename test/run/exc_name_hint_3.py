# Calling a name nothing binds is a NameError when the call runs (its arguments are not
# evaluated), with the traceback's suggestion from the locals, globals and builtins.
def report(count):
    counts = [count]
    print("before")
    prnt(counts, print("never"))


report(3)
