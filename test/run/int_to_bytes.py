for x, n, o, kw in [(1024, 2, 'big', {}), (1024, 4, 'little', {}), (0, 0, 'big', {}), (255, 1, 'big', {}), (-1, 2, 'big', {'signed': True}),
                   (-128, 1, 'big', {'signed': True}), (127, 1, 'little', {'signed': True}), (2**100, 13, 'big', {}), (-2**100, 14, 'little', {'signed': True}),
                   (True, 1, 'big', {})]:
    sg = kw.get('signed', False)
    b = x.to_bytes(n, o, signed=sg)
    print(b, int.from_bytes(b, o, signed=sg), int.from_bytes(b, byteorder=o))
print((5).to_bytes(), (5).to_bytes(3), (5).to_bytes(length=2, byteorder='little'))
print(int.from_bytes(b'\x01\x02'), int.from_bytes([1, 2, 3], 'little'), int.from_bytes(bytearray(b'\xff'), 'big', signed=True), int.from_bytes(b'', 'big', signed=True))
for bad in [lambda: (256).to_bytes(1, 'big'), lambda: (-1).to_bytes(1, 'big'), lambda: (128).to_bytes(1, 'big', signed=True),
            lambda: (-129).to_bytes(1, 'big', signed=True), lambda: (1).to_bytes(1, 'middle'), lambda: (1).to_bytes(-1, 'big'),
            lambda: (1).to_bytes(1, 5), lambda: (1).to_bytes('a'), lambda: (1).to_bytes(1, 'big', bogus=1), lambda: (1.5).to_bytes(1),
            lambda: int.from_bytes(b'a', 'up'), lambda: int.from_bytes(5, 'big'), lambda: (0).to_bytes(0, 'big', signed=True), lambda: int.from_bytes(b'', 'big', 1), lambda: int.from_bytes(byteorder='big'), lambda: (1).to_bytes(1, 'big', 1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
