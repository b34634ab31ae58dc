# ZeroDivisionError from big-int modulo by zero (the divisor comes from a subtraction).
def mod_of_powers(a, b):
    return 2 ** a % (2 ** b - 2 ** b)

def run():
    print(2 ** 100 % 7)
    print(divmod(2 ** 100, 3))
    print(mod_of_powers(100, 64))

run()
