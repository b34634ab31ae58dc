# datetime: date and time (stdlib/datetime.py): constructors and their range checks, arithmetic with
# timedelta, ordinals, the ISO calendar, strftime and format(), fromisoformat, comparisons.
import datetime
from datetime import date, timedelta, time

d = date(2020, 2, 28)
print(d, repr(d), d.year, d.month, d.day)
print(d + timedelta(days=1), d + timedelta(2), d - timedelta(days=60))
print(date(2024, 3, 1) - date(2023, 3, 1))
print(d.weekday(), d.isoweekday(), d.toordinal(), date.fromordinal(737483))
print(d.isocalendar(), tuple(d.isocalendar()))
y, w, wd = date(2021, 1, 3).isocalendar()
print(y, w, wd)
print(d.strftime("%Y-%m-%d %A %B %j %U %W %a %b %e %y %% %c"))
print(f"{d:%d/%m/%Y}", format(d, ""), "{:%Y}".format(d))
print(d.ctime())
print(date.fromisoformat("2021-12-31"), date.fromisoformat("20211231"))
print(date.fromisocalendar(2020, 53, 7))
print(d.replace(year=2021), d.replace(day=1))
print(d == date(2020, 2, 28), d < date(2020, 3, 1), d != date(2020, 2, 28), d >= date(2021, 1, 1))
print(date.min, date.max, date.resolution)
print(sorted([date(2020, 5, 1), date(2019, 1, 1), date(2020, 1, 1)]))
print({date(2020, 1, 1): 1}[date(2020, 1, 1)])
for args in [(0, 1, 1), (2020, 13, 1), (2021, 2, 29), (10000, 1, 1)]:
    try:
        date(*args)
    except ValueError as e:
        print("ValueError", e)
try:
    date(2020.0, 1, 1)
except TypeError as e:
    print("TypeError", e)
try:
    date.max + timedelta(1)
except OverflowError as e:
    print("OverflowError", e)
try:
    date.fromisoformat("2021-1-01")
except ValueError as e:
    print("ValueError", e)
sundays = 0
for year in range(1901, 2001):
    for month in range(1, 13):
        if date(year, month, 1).weekday() == 6:
            sundays += 1
print(sundays)
t = time(12, 30)
print(t, repr(t), repr(time(1, 2, 3)), repr(time(1, 2, 3, 4)), time(1, 2, 3, 4))
print(t.isoformat("minutes"), t.isoformat("milliseconds"), t.strftime("%I:%M %p"))
print(time.fromisoformat("10:11:12.5"), time.fromisoformat("T101112"))
print(time(1) < time(2), time(3) == time(3, 0))
print(time.min, time.max)
