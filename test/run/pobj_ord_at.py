# ord(s[i]) reads the code point in place (specialize's rt_str_ord_at): one-byte strs inline,
# two- and four-byte kinds, negative and big indexes and the errors through the slow path.
def checksum(s, step):
    acc = 0
    for i in range(0, len(s), step):
        acc = (acc * 31 + ord(s[i])) % 1000000007
    return acc


def at(s, i):
    try:
        return ord(s[i])
    except IndexError as e:
        return "IndexError: " + str(e)
    except TypeError as e:
        return "TypeError: " + str(e)


for s in ["hello world" * 50, "h\u00e9llo w\u00f6rld" * 30, "\u4e2d\u6587" * 40, "a\U0001F600b" * 25, ""]:
    print(len(s), checksum(s, 1), checksum(s, 7))
for s in ["abc", "\u00e9\u00e8", "\u4e2dx", "\U0001F600z"]:
    print([at(s, i) for i in [0, 1, -1, -2, 2, 3, -4, 2**40, True]])
print(at("abc", "1"), at("abc", 1.0))
