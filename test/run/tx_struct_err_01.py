import struct
print(struct.pack("<f", 1.5))
print(struct.pack("<f", 1e39))
