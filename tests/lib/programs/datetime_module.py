from datetime import date, datetime, time, timedelta, timezone
import datetime as dtmod
td = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5)
print(td, repr(td), td.total_seconds(), td.days, td.seconds, td.microseconds)
print(timedelta(hours=-1), repr(timedelta(hours=-1)), timedelta(0), repr(timedelta()), timedelta(weeks=2, days=-1), timedelta(seconds=1.5), timedelta(milliseconds=1.2345))
print(td * 2, td / 2, td // 3, -td, abs(-td), td + td, td - timedelta(days=2), timedelta(hours=5) / timedelta(hours=2), timedelta(hours=5) // timedelta(hours=2), timedelta(hours=5) % timedelta(hours=2))
print(timedelta(days=1) == timedelta(hours=24), timedelta(1) < timedelta(2), bool(timedelta()), timedelta(seconds=0.1) * 3, timedelta(seconds=10) * 0.33)
print(divmod(timedelta(hours=5), timedelta(hours=2)), hash(timedelta(1)) == hash(timedelta(hours=24)), timedelta.max, timedelta.min, timedelta.resolution)
d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(days=2), d - timedelta(days=60), date(2024, 3, 1) - d, d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal())
print(d.replace(day=1), d.year, d.month, d.day, d.isoformat(), d.ctime(), date.fromordinal(738000), date.fromisoformat("2023-12-31"), d < date(2024, 3, 1), d == date(2024, 2, 28))
print(d.strftime("%Y/%m/%d %A %a %B %b %j %U %W %w %y"), f"{d:%d.%m.%Y}", format(d, ""), date.min, date.max, date(2024, 12, 30).isocalendar())
t = time(13, 5, 9, 250)
print(t, repr(t), t.isoformat("minutes"), t.isoformat("milliseconds"), time(1, 2), repr(time(1, 2)), t.strftime("%I:%M %p"), time.fromisoformat("10:20:30.5"))
dt = datetime(2024, 3, 15, 12, 30, 45, 123456)
print(dt, repr(dt), repr(datetime(2024, 3, 15)), repr(datetime(2024, 3, 15, 1)), dt.isoformat(), dt.isoformat(" ", "seconds"), dt.date(), dt.time())
print(dt + timedelta(hours=12), dt - timedelta(days=15), dt - datetime(2024, 1, 1), dt.strftime("%Y-%m-%d %H:%M:%S.%f %c"), dt.ctime(), dt.weekday())
print(datetime.fromisoformat("2024-03-15T10:20:30"), datetime.fromisoformat("2024-03-15 10:20"), datetime.fromisoformat("2024-03-15"), datetime.combine(d, t))
print(datetime.strptime("2024-03-15 08:05:09", "%Y-%m-%d %H:%M:%S"), datetime.strptime("15 March 2024 3PM", "%d %B %Y %I%p"), datetime.strptime("Mar 5 24", "%b %d %y"))
u = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
cet = timezone(timedelta(hours=1), "CET")
print(u, repr(u), u.astimezone(cet), u.utcoffset(), u.tzname(), repr(timezone.utc), repr(cet), timezone(timedelta(hours=-5, minutes=-30)), u.timestamp())
print(u == datetime(2024, 1, 1, 13, tzinfo=cet), u.isoformat(), datetime.fromisoformat("2024-01-01T12:00:00+01:00"), datetime.fromtimestamp(86400 * 365, timezone.utc))
print(datetime.utcfromtimestamp(1700000000), datetime(2024, 3, 15) > datetime(2024, 3, 14, 23, 59), sorted([date(2024, 1, 2), date(2023, 5, 1)]), dt.replace(year=2000, microsecond=0))
print(isinstance(dt, date), dtmod.MINYEAR, dtmod.MAXYEAR, datetime.min, datetime.max, dt.timetuple()[:8], hash(dt) == hash(datetime(2024, 3, 15, 12, 30, 45, 123456)))
for bad in [lambda: date(2023, 2, 29), lambda: time(24), lambda: datetime(2024, 13, 1), lambda: date.fromisoformat("2024/01/01"), lambda: datetime.strptime("x", "%Y")]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
try:
    datetime(2024, 1, 1) < datetime(2024, 1, 1, tzinfo=timezone.utc)
except TypeError as e:
    print("TypeError:", e)
