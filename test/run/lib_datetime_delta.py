# datetime: timedelta (normalization, float arguments rounded as CPython does, arithmetic, repr/str)
# and datetime (arithmetic, comparisons with date, isoformat, fromisoformat, fromtimestamp in UTC).
from datetime import datetime, date, time, timedelta
import datetime as dtmod

td = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5)
print(td, repr(td), td.days, td.seconds, td.microseconds, td.total_seconds())
print(repr(timedelta()), timedelta(), repr(timedelta(seconds=-1)), timedelta(seconds=-1))
print(timedelta(days=-2, seconds=3), timedelta(weeks=1, milliseconds=1500))
print(timedelta(days=1.5), timedelta(seconds=0.5), timedelta(microseconds=0.5), timedelta(microseconds=1.5), timedelta(microseconds=-0.5))
print(timedelta(hours=1.1), timedelta(minutes=0.0001), timedelta(days=0.1, seconds=0.3, microseconds=0.7))
print(td * 2, 2 * td, td * 0.5, td / 2, td / 3, td // 3, td / timedelta(hours=1), td // timedelta(hours=1))
print(td % timedelta(hours=5), divmod(td, timedelta(hours=5)), -td, abs(-td), +td)
print(td + timedelta(1), td - timedelta(2), timedelta(1) > timedelta(0), timedelta(1) == timedelta(hours=24))
print(bool(timedelta()), bool(timedelta(microseconds=1)), timedelta(1) / 0.25)
print(timedelta.min, timedelta.max, timedelta.resolution, repr(timedelta.max))
print(sum([timedelta(1), timedelta(2)], timedelta()))
try:
    timedelta(days=1000000000)
except OverflowError as e:
    print("OverflowError", e)
try:
    timedelta(days="1")
except TypeError as e:
    print("TypeError", e)
try:
    timedelta(1) / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    timedelta(1) // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    timedelta(1) / timedelta(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
dt = datetime(2020, 2, 29, 13, 45, 30, 123456)
print(dt, repr(dt), repr(datetime(2020, 1, 1)), repr(datetime(2020, 1, 1, 0, 0, 5)))
print(dt.date(), dt.time(), dt.isoformat(), dt.isoformat(" ", "seconds"), dt.isoformat(timespec="hours"))
print(dt.strftime("%Y-%m-%dT%H:%M:%S.%f %I %p %j"), f"{dt:%H:%M}", dt.ctime())
print(dt + timedelta(hours=12), dt - timedelta(days=366), dt - datetime(2020, 1, 1))
print(datetime(2020, 1, 1) - datetime(2020, 1, 2, 12))
print(datetime.combine(date(2021, 5, 6), time(7, 8)), datetime.fromisoformat("2021-05-06T07:08:09"))
print(datetime.fromisoformat("2021-05-06 07:08:09.123"), datetime.fromisoformat("2021-05-06"))
print(dt.replace(hour=1), dt.weekday(), dt.toordinal())
# (fromtimestamp and timestamp are local time: UTC under WASI; only differences are compared)
print(datetime.fromtimestamp(1600000000.5) - datetime.fromtimestamp(1600000000), date.fromtimestamp(1600000000).year)
print(datetime(2020, 1, 2).timestamp() - datetime(2020, 1, 1, 12).timestamp())
print(dt > datetime(2020, 1, 1), dt == datetime(2020, 2, 29, 13, 45, 30, 123456), dt == date(2020, 2, 29))
print(date(2020, 2, 29) == dt, date(2020, 2, 29) != dt)
try:
    dt < date(2020, 1, 1)
except TypeError as e:
    print("TypeError", e)
try:
    date(2020, 1, 1) < dt
except TypeError as e:
    print("TypeError", e)
print(isinstance(dt, date), isinstance(dtmod.datetime.now(), datetime), type(dt).__name__)
print(datetime.min, datetime.max, dtmod.MINYEAR, dtmod.MAXYEAR)
print(sorted([datetime(2020, 1, 2), datetime(2020, 1, 1, 23)]))
print(len({datetime(2020, 1, 1), datetime(2020, 1, 1, 0, 0), datetime(2020, 1, 2)}))
for args in [(2020, 1, 1, 24), (2020, 1, 1, 0, 60), (2020, 1, 1, 0, 0, 60), (2020, 1, 1, 0, 0, 0, 1000000)]:
    try:
        datetime(*args)
    except ValueError as e:
        print("ValueError", e)
try:
    datetime.fromisoformat("2021-05-06X")
except ValueError as e:
    print("ValueError", e)
now = datetime.now()
print(now.year >= 2024, (datetime.now() - now).days)
