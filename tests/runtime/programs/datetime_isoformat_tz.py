import datetime as dt
for s in ["2024-07-04T10:00:00Z", "20240704T100000", "2024-W27-4", "2024-07-04 10:00:00.5", "2024-07-04T10:00:00,123456", "2024-07-04T10", "2024-07-04T1000", "2024-07-04T10:00:00+05:30:15", "2024-07-04T10:00:00-0800", "2024-187", "2024-07-04T24:00", "2024-7-4", "2024-07-04T10:00:00.1234567"]:
    try:
        print(s, "->", dt.datetime.fromisoformat(s))
    except ValueError as e:
        print(s, "->", type(e).__name__, e)
for s in ["2024-07-04", "20240704", "2024-W01-1", "2024-07", "2024-13-01"]:
    try:
        print(s, "->", dt.date.fromisoformat(s))
    except ValueError as e:
        print(s, "->", type(e).__name__, e)
for s in ["10:30", "10:30:15.25", "103015", "10:30:15Z", "10:30:15+01:00", "25:00"]:
    try:
        print(s, "->", repr(dt.time.fromisoformat(s)))
    except ValueError as e:
        print(s, "->", type(e).__name__, e)
a = dt.datetime(2024, 3, 31, 1, 30, tzinfo=dt.timezone.utc)
b = a.astimezone(dt.timezone(dt.timedelta(hours=-3)))
print(a == b, a - b, b.utcoffset(), b.isoformat(), {a: 1}[b], a.replace(tzinfo=None) - b.replace(tzinfo=None), b.timetz(), b.dst(), a.tzname())
print(dt.datetime(2024, 1, 31) + dt.timedelta(days=30), dt.date(2024, 1, 31).replace(day=29), (dt.datetime(2024, 3, 1) - dt.datetime(2024, 2, 1)).days, dt.timedelta(days=365.25 * 4))
print(dt.timedelta(seconds=-1), dt.timedelta(days=-1, seconds=86399), -dt.timedelta(microseconds=1), dt.timedelta(hours=-25).total_seconds(), abs(dt.timedelta(hours=-25)), dt.timedelta(1) * -0.5)
print(dt.time(12, 30) < dt.time(13), dt.time(1, tzinfo=dt.timezone.utc).utcoffset(), dt.time(23, 59, 59, 999999).isoformat("milliseconds"), dt.time(6).strftime("%I %p"), bool(dt.time(0)))
print(repr(dt.timezone(dt.timedelta(hours=5), "X")), repr(dt.timezone(-dt.timedelta(hours=5))), str(dt.timezone(dt.timedelta(minutes=90))), dt.timezone.min, dt.timezone.max)
try:
    dt.timezone(dt.timedelta(hours=25))
except ValueError as e:
    print(type(e).__name__, e)
print(dt.datetime(2024, 2, 29).replace(year=2025) if False else "", dt.date(2024, 12, 30).isocalendar(), dt.date(2021, 1, 3).isocalendar(), dt.date.fromisocalendar(2020, 53, 7))
try:
    dt.date(2024, 2, 29).replace(year=2025)
except ValueError as e:
    print(type(e).__name__, e)
