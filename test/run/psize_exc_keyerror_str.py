# A KeyError with a str argument made by the runtime: its line is the repr of the message.
s = set()
s.add(1)
s.discard(1)
print(len(s))
s.pop()
