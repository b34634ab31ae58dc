import hmac
import hashlib
for a, b in [('a', b'a'), (1, 2), ('é', 'é'), (b'a', bytearray(b'a')), ('ab', 'ab'), (b'x', b'y')]:
    try:
        print(hmac.compare_digest(a, b))
    except TypeError as e:
        print(type(e).__name__, e)
for args in [(b'k',), ('k', b'm', 'sha256'), (b'k', b'm', 'nosuch'), (b'k', b'm', 5)]:
    try:
        h = hmac.new(*args)
        print(h.name)
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
h = hmac.new(b'k', b'm', hashlib.sha256)
print(h.name, h.digest_size, h.block_size, h.hexdigest())
for mod in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', hashlib.sha512, hashlib.md5]:
    for key in [b'', b'key', b'k' * 64, b'k' * 65, b'k' * 200]:
        h = hmac.new(key, b'The quick brown fox', mod)
        c = h.copy()
        h.update(b' jumps')
        print(h.name, h.hexdigest()[:32], c.hexdigest()[:16], hmac.digest(key, b'abc', mod)[:6])
print(hmac.new(bytearray(b'key'), digestmod='sha1').hexdigest())
