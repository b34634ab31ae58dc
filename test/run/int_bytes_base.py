print(int(b"101", 2), int(bytearray(b"ff"), 16), int(b" 7 ", 10), int(b"-12"), int(bytearray(b"0x1f"), 0))
try:
    int(b"12", 40)
except ValueError as e:
    print(e)
try:
    int([1], 2)
except TypeError as e:
    print(e)
