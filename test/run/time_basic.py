# The time module: clocks move forward, sleep waits, bad sleep lengths raise.
import time
from time import perf_counter
t0 = time.time()
p0 = perf_counter()
time.sleep(0.05)
t1 = time.time()
print(t1 > t0, 1.5e9 < t0 < 3e9, perf_counter() - p0 >= 0.04, isinstance(time.time_ns(), int))
print(time.monotonic() > 0)
time.sleep(-1)
