# A user exception class raised with non-str arguments.
class Problem(Exception):
    pass

def g(k):
    if k == 3:
        raise Problem(k, 2.25, {'k': k})
    return k

for i in range(5):
    print(g(i))
