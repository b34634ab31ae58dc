# random.randrange of an empty range: ValueError with CPython's message.
import random

random.seed(1)
print(random.randrange(3, 10))
random.randrange(10, 3)
