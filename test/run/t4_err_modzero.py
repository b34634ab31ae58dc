# ZeroDivisionError from modulo by zero inside a digit loop.
def digits_in_base(n, base):
    out = []
    while n > 0:
        out.append(n % base)
        n //= base
    return out

def convert_all(n, bases):
    for b in bases:
        print(b, digits_in_base(n, b))

convert_all(100, [2, 10, 7, 0, 3])
