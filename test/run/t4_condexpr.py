# Conditional expressions, nested, in arguments and with side effects only on the taken branch.
def sign(x):
    return 1 if x > 0 else -1 if x < 0 else 0

def noisy(label, v):
    print("branch", label)
    return v

for v in [-5, 0, 3, -0.5, 2 ** 80, -(2 ** 80)]:
    print(v, sign(v), "even" if v % 2 == 0 else "odd", abs(v) if v < 0 else v)
print(noisy("a", 1) if True else noisy("b", 2))
print(noisy("a", 1) if 0 else noisy("b", 2))
x = 7
kind = "small" if x < 5 else "medium" if x < 10 else "large"
print(kind)
print((1 if x else 0, 2 if not x else 3))
def fizz(n):
    return "FizzBuzz" if n % 15 == 0 else "Fizz" if n % 3 == 0 else "Buzz" if n % 5 == 0 else n
for i in range(1, 16):
    print(fizz(i), end=" ")
print()
m = max(3, 9) if x > 5 else min(3, 9)
print(m, (x if x > 10 else -x) * 2, None if x else 0)
