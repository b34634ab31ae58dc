# d[k], d[k] = v and k in d on dicts the program made (specialize's rt_dict_getx / setx / inx:
# a type test and the last key found or inserted in line): hits and misses of that key, key 0
# (the zero word), deleted and re-inserted keys, equal keys that are different objects, keys
# whose __eq__ runs, unhashable keys, and a value that shares the dict's inference site but is
# not a dict (an iterator over one).


class K:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v % 3

    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v


def counts(n):
    d = {}
    for i in range(n):
        k = (i * 7) % 11
        if k in d:
            d[k] += 1
        else:
            d[k] = 1
        d[k] = d[k] * 1
    return d


def zero_keys():
    d = {}
    out = []
    out.append(0 in d)
    d[1] = 'one'
    out.append(0 in d)
    try:
        out.append(d[0])
    except KeyError as e:
        out.append('KeyError ' + repr(e))
    d[0] = 'zero'
    out.append(d[0])
    del d[0]
    out.append(0 in d)
    try:
        out.append(d[0])
    except KeyError as e:
        out.append('KeyError ' + repr(e))
    d[0] = 'again'
    out.append(d[0] + d[1])
    return out


def str_keys(words):
    d = {}
    for w in words:
        k = ''.join([c for c in w])  # equal to w, another object
        if k in d:
            d[w] = d[k] + 1
        else:
            d[k] = 1
    return sorted(d.items())


def user_keys():
    d = {}
    for v in [1, 4, 7, 1, 4, 2]:
        k = K(v)
        if k in d:
            d[k] = d[k] + 1
        else:
            d[k] = 1
    return sorted((k.v, c) for k, c in d.items())


def unhashable():
    d = {}
    d['a'] = 1
    out = []
    for k in [[1], {2: 3}, 'a']:
        try:
            out.append(k in d)
        except TypeError as e:
            out.append('TypeError: ' + str(e))
        try:
            d[k] = 2
            out.append(d[k])
        except TypeError as e:
            out.append('TypeError: ' + str(e))
    return out


def not_a_dict(flag):
    d = {}
    d['x'] = 1
    x = d if flag else iter(d)
    out = []
    try:
        out.append(x['x'])
    except TypeError as e:
        out.append('TypeError: ' + str(e))
    try:
        out.append('x' in x)
    except TypeError as e:
        out.append('TypeError: ' + str(e))
    try:
        x['y'] = 2
        out.append(sorted(d))
    except TypeError as e:
        out.append('TypeError: ' + str(e))
    return out


def resized(n):
    d = {}
    last = None
    for i in range(n):
        d[i] = i
        d[i] = d[i] + 1
        if i - 3 in d:
            del d[i - 3]
        last = d[i]
    return len(d), last, sorted(d)


print(sorted(counts(100).items()))
print(zero_keys())
print(str_keys(['ab', 'cd', 'ab', 'ab', 'e', 'cd']))
print(user_keys())
print(unhashable())
print(not_a_dict(True))
print(not_a_dict(False))
print(resized(50))
