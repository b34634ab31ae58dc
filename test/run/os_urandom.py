# os.urandom: bytes of the asked length from the host's entropy (two draws differ), its errors.
import os
a = os.urandom(16)
b = os.urandom(16)
print(type(a), len(a), len(os.urandom(0)), len(os.urandom(5000)), a != b, isinstance(a[0], int))
for bad in [-1, 2.5, '3']:
    try:
        os.urandom(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
