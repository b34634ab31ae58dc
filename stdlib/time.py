"""time: the clocks and sleep (Keel's own module; the work is in stdlib/_rt/time.py)."""
from _rt import (
    rt_time_time, rt_time_time_ns, rt_time_monotonic, rt_time_monotonic_ns, rt_time_process_time,
    rt_time_sleep,
)


def time():
    return rt_time_time()


def time_ns():
    return rt_time_time_ns()


def monotonic():
    return rt_time_monotonic()


def monotonic_ns():
    return rt_time_monotonic_ns()


def perf_counter():
    return rt_time_monotonic()


def perf_counter_ns():
    return rt_time_monotonic_ns()


def process_time():
    return rt_time_process_time()


def sleep(secs):
    return rt_time_sleep(secs)
