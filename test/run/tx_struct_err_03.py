import struct
print(struct.unpack("<I", b"abcd"))
print(struct.unpack("<I", b"abc"))
