print(abs(-3), abs(-2.5))
print(abs("x"))
