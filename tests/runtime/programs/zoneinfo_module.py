import zoneinfo, datetime as dt
from zoneinfo import ZoneInfo
ny = ZoneInfo('America/New_York'); lon = ZoneInfo('Europe/London'); utc = ZoneInfo('UTC')
print(repr(ny), str(ny), ny.key, ny is ZoneInfo('America/New_York'), ZoneInfo.no_cache('UTC') is utc)
for z in [ny, lon, utc, ZoneInfo('Asia/Kolkata'), ZoneInfo('Australia/Lord_Howe'), ZoneInfo('Asia/Tokyo'), ZoneInfo('America/Sao_Paulo'), ZoneInfo('Pacific/Chatham'), ZoneInfo('Europe/Dublin'), ZoneInfo('Africa/Casablanca')]:
    for args in [(1900, 6, 1), (1970, 1, 1), (2000, 7, 4, 12), (2024, 3, 10, 2, 30), (2024, 3, 10, 1, 59), (2024, 11, 3, 1, 30), (2024, 3, 31, 1, 30), (2024, 10, 27, 1, 30), (2050, 7, 1), (2100, 1, 15), (2038, 3, 14, 2, 30)]:
        for fold in (0, 1):
            d = dt.datetime(*args, tzinfo=z, fold=fold)
            print(z, args, fold, d.utcoffset(), d.dst(), d.tzname(), d.isoformat())
    u = dt.datetime(2024, 3, 10, 6, 30, tzinfo=dt.timezone.utc)
    for h in range(0, 48, 7):
        x = (u + dt.timedelta(hours=h * 37)).astimezone(z)
        print(z, x, x.fold, x.tzname())
print(dt.datetime(2024, 11, 3, 5, 30, tzinfo=dt.timezone.utc).astimezone(ny), dt.datetime(2024, 11, 3, 6, 30, tzinfo=dt.timezone.utc).astimezone(ny).fold)
print(dt.datetime(2024, 6, 1, 12, tzinfo=ny).astimezone(lon), dt.datetime(2024, 6, 1, 12, tzinfo=ny).strftime('%Z %z'))
for bad in ['No/Such_Zone', '/etc/passwd', '../etc', 'a//b']:
    try: ZoneInfo(bad)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as e: print(type(e).__name__, e)
print(isinstance(zoneinfo.ZoneInfoNotFoundError('x'), KeyError), 'America/New_York' in zoneinfo.available_timezones(), zoneinfo.TZPATH[:1])
with open('/usr/share/zoneinfo/Europe/Paris', 'rb') as f: p = ZoneInfo.from_file(f, key='Paris')
print(p, dt.datetime(2024, 7, 1, tzinfo=p).tzname(), repr(p))
ZoneInfo.clear_cache(); print(ZoneInfo('UTC') is utc, ny.utcoffset(None), utc.utcoffset(None))
try: ny.fromutc(dt.datetime(2024, 1, 1))
except ValueError as e: print(e)
