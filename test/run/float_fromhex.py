# float.fromhex: signs, 0x, points, exponents, inf/nan, whitespace, rounding half to even at
# 53 bits and in the subnormals, overflow, CPython's errors; random round trips and strings.
import random
cases = ['0x1p2000x', '0x1p2000 ', '0x.p1', '.', '0x1.2.3', '1e5', '0x1P-1074', '  nan  ', '-nan', '+inf', 'iNfInItY', '0x0000000000000000000000001p0', '0x1000000000000000000000000000000p-100', '0x1.00000000000008p0', '0x1.000000000000080000000000001p0', '0x1.00000000000018p0', '0x0.0000000000001p-1022', '0x1.fffffffffffffp-1023', '0x1.ffffffffffffffffffp-1023',
 '', '0x', '0xp1', '1p', '1p+', '0x1.8p1x', 'in', 'infinit', '- 1', '0x1p99999999999999999999', '0x1p-99999999999999999999', '0x1.fffffffffffff8p1023', '\u0663', ' -0X1.8P+1 ', 'inF', '-Infinity', '0x.8', '1.', '0x1p-1074', '0x1p-1075', '0x1.000001p-1075', '0x1.fffffffffffffp1023', '-0x0p0', '\t\n0xA.Bp-3\x0c']
for s in cases:
    try:
        print(repr(s), float.fromhex(s), float.fromhex(s).hex())
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__, e)
for bad in (1, None, b'0x1'):
    try:
        float.fromhex(bad)
    except TypeError as e:
        print("TypeError", e)
rng = random.Random(5)
for k in range(1500):
    x = rng.random() * 2.0 ** rng.randint(-1080, 1023)
    if rng.random() < 0.5:
        x = -x
    h = x.hex()
    assert float.fromhex(h) == x, h
    # random hex strings: long significands, exponents near the edges
    digs = ''.join(rng.choice('0123456789abcdef') for _ in range(rng.randint(1, 40)))
    cut = rng.randint(0, len(digs))
    s = '0x' + digs[:cut] + '.' + digs[cut:] + 'p' + str(rng.randint(-1250, 1030))
    try:
        v = float.fromhex(s)
        print(s, v.hex())
    except OverflowError:
        print(s, 'overflow')
print('done')
