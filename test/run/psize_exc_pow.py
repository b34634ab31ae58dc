# The runtime's OverflowError for a float power holds (34, 'Numerical result out of range'):
# an int and a str, printed as a tuple's repr.
x = 2.0
n = 10
for i in range(n):
    x = x * 2.0
print(x)
print(x ** 2)
print(x ** 500)
