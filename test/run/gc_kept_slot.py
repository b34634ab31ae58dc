# A function that keeps one object across its calls pushes its frame only when that object is
# not a small int, and the pushed path reads the object back from its frame slot after the
# calls (gcroots). The kept values here are big ints, strs, lists and floats, and the calls
# between allocate (in the collector's stress mode, every allocation collects at the next poll:
# a value missing from the frame would be freed and its reload would read garbage).


def churn(k):
    out = []
    for i in range(k):
        out.append([i, str(i)] * 4)
    return len(out)


def keep(x):
    y = churn(600)
    return x * 2 + y


def keep_twice(x):
    y = churn(300)
    z = churn(300)
    return x + y + z


def big_fib(n):
    if n < 2:
        return 10 ** 30 + n
    return big_fib(n - 1) + big_fib(n - 2)


def str_keep(n):
    if n < 2:
        return "ab" * (n + 1)
    a = str_keep(n - 1)
    churn(3)
    return [a, str_keep(n - 2)]


def list_tree(n):
    if n == 0:
        return [0]
    a = list_tree(n - 1)
    churn(20)
    return a + [n] + list_tree(n - 1)[:1]


def float_keep(n):
    if n < 2:
        return n + 0.5
    return float_keep(n - 1) * 0.5 + float_keep(n - 2)


print(keep(10 ** 40))
print(keep(7))
print(keep(2 ** 62))
print(keep_twice(-(10 ** 25)))
print(big_fib(18))
s = str_keep(9)
print(len(s), str(s)[:30], len(str(s)))
t = list_tree(9)
print(len(t), t[:6], sum(t))
print(float_keep(20))
