import struct
print(struct.unpack("<h", b"ab"))
print(struct.unpack("<h", "ab"))
