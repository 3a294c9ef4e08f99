import datetime as dt, time
d = dt.datetime(2024, 7, 4, 9, 5, 3, 7, tzinfo=dt.timezone(dt.timedelta(hours=2), "ABC"))
for f in ["%:z", "%z", "%Z", "%^Z", "%#Z", "%-z", "%10z", "%^a %#a %#b %#p %^p %#A %^10B", "%-C %_C %5C %3Y %-Y %_5Y %06Y", "%Ef %-f %5f", "%-%", "%5%", "%-n|", "%5n|", "%", "%-", "a%E", "%%f %%%f", "%G-W%V-%u %g", "%Ey %Od %OH %Ex %EY %Om"]:
    print(repr(f), repr(d.strftime(f)))
print(repr(dt.date(2024,7,4).strftime("%z|%Z|%H|%k|%-k|%-l")))
print(repr(dt.time(13,5).strftime("%Y %C %d %-d %j %a %x %k %l %r")))
d = dt.datetime(2024, 7, 4, 9, 5, 3, 7)
for f in ["%C|%g|%k|%l|%P|%r|%-d|%-m|%-H|%-I|%-M|%_d|%_H|%0e|%^a|%^B|%-j|%_j|%#Z|%-y|%^p|%-f|%E|%Ey|%Od|%5d|%-5d|%10A|%q|%L|%v|%+|%i", "%-", "%_", "%^", "a%"]:
    print(repr(d.strftime(f)), repr(time.strftime(f, d.timetuple())))
print(repr(dt.date(5,1,1).strftime("%Y %C %G %y")), repr(dt.datetime(2024,1,1,0).strftime("%k|%l|%I")))
for y in [2020, 2021, 2024, 2026, 2027]:
    for m, dd in [(1, 1), (1, 3), (12, 28), (12, 31)]:
        x = dt.date(y, m, dd)
        print(x.strftime("%G %V %g %U %W"), x.isocalendar()[:2], end="; ")
    print()
print(time.strftime("%Y-%m-%d %H:%M:%S", (2024, 1, 2, 3, 4, 5, 1, 2, -1)), time.strftime("%a %j", (2024, 1, 2, 3, 4, 5, 1, 2, 0)))
