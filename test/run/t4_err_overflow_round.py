# OverflowError: cannot convert float infinity to integer, from round() of an overflowed product.
def product(values):
    p = 1.0
    for v in values:
        p *= v
    return p

def rounded_product(values):
    p = product(values)
    print("product", p)
    return round(p)

print(rounded_product([1.5, 2.5, 4.0]))
print(rounded_product([1e200, 1e200, 1e-10]))
