# A program importing json, re and struct keeps the use of common attribute names (the
# modules' internal classes use private names).
import json
import re
import struct

class Node:
    def __init__(self, value, string, index):
        self.value = value
        self.string = string
        self.index = index
        self.items = [value, index]
        self.next = None
        self.count = 0
        self.width = len(string)
        self.size = 4
        self.format = "<i"
        self.flags = 0
        self.names = []

    def bump(self):
        self.count += 1
        return self.count

n = Node(5, "abc", 2)
n.next = Node(6, "de", 3)
n.bump()
print(n.value, n.string, n.index, n.items, n.next.value, n.count, n.width, n.flags, n.names)
print(json.dumps({"value": n.value, "items": n.items}), re.findall(r"\w", n.string),
      struct.pack(n.format, n.size))
