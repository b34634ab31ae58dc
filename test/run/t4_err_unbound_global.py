# UnboundLocalError: assigning a global's name in a function makes it local everywhere in it.
count = 0

def increment():
    count = count + 1
    return count

def main():
    print("count", count)
    print(increment())

main()
