import string

DESCRIPTION = "rotates letters by 13"
calls = 0
_TABLE = str.maketrans(
    string.ascii_lowercase + string.ascii_uppercase,
    string.ascii_lowercase[13:] + string.ascii_lowercase[:13] + string.ascii_uppercase[13:] + string.ascii_uppercase[:13],
)


def run(lines):
    global calls
    calls += 1
    return [line.translate(_TABLE) for line in lines]
