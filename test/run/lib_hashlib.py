import hashlib
msgs = [b"", b"abc", b"a" * 55, b"a" * 56, b"a" * 64, b"a" * 111, b"a" * 112, b"a" * 128, bytes(range(256)) * 3, "héllo wörld".encode()]
for m in msgs:
    for f in (hashlib.md5, hashlib.sha1, hashlib.sha224, hashlib.sha256, hashlib.sha384, hashlib.sha512):
        print(f(m).hexdigest())
h = hashlib.sha256()
h.update(b"hello ")
c = h.copy()
h.update(b"world")
print(h.hexdigest(), c.hexdigest(), h.digest()[:4], h.name, h.digest_size, h.block_size, c.hexdigest() == hashlib.sha256(b"hello ").hexdigest())
for name in ["md5", "SHA1", "sha224", "Sha256", "sha384", "sha512"]:
    x = hashlib.new(name, b"data")
    print(x.name, x.digest_size, x.block_size, x.hexdigest()[:16])
for bad in ["abc", 5, None]:
    try:
        hashlib.sha256(bad)
    except TypeError as e:
        print(e)
try:
    hashlib.new("foo")
except ValueError as e:
    print(e)
print(hashlib.md5(b"a", usedforsecurity=False).hexdigest(), hashlib.sha1(string=b"x").hexdigest())
print("md5" in hashlib.algorithms_guaranteed, len(hashlib.algorithms_guaranteed))
h = hashlib.md5()
for i in range(1000):
    h.update(str(i).encode())
print(h.hexdigest())
print(repr(hashlib.sha1())[:29])
