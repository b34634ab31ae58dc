# Global and local variables, the `global` statement, shadowing.
counter = 0
total = 0
name = "module"

def bump(by=1):
    global counter
    counter += by
    return counter

def add_to_total(x):
    global total, counter
    total = total + x
    counter = counter + 1

def shadow():
    name = "local"
    counter = 1000
    return name, counter

def reads_global():
    return counter * 2

print(bump(), bump(), bump(5), counter)
for i in range(5):
    add_to_total(i * i)
print(total, counter)
print(shadow(), name, counter)
print(reads_global())

def reset():
    global counter, total
    counter = 0
    total = -1

reset()
print(counter, total, reads_global())

def make_new():
    global created
    created = 42

make_new()
print(created)
x = 10
def local_only():
    x = 5
    x += 1
    return x
print(local_only(), x)
