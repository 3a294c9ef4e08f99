import calendar
print(calendar.isleap(2024), calendar.isleap(1900), calendar.isleap(2000), calendar.leapdays(1900, 2024))
print(calendar.weekday(2024, 3, 15), calendar.monthrange(2024, 2), calendar.monthrange(2023, 2), calendar.monthrange(2026, 11))
print(calendar.monthcalendar(2024, 3))
print(calendar.month_name[1], calendar.month_abbr[12], calendar.day_name[0], calendar.day_abbr[6], list(calendar.month_name)[:3], len(calendar.day_name))
print(calendar.timegm((2009, 2, 13, 23, 31, 30, 4, 44, 0)), calendar.timegm((1970, 1, 1, 0, 0, 0)))
print(calendar.month(2024, 3))
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2023, 12, w=3))
print(calendar.calendar(2024))
c = calendar.Calendar(firstweekday=6)
print(list(c.iterweekdays()), list(c.itermonthdays2(2024, 2))[:9], c.monthdays2calendar(2024, 2)[0])
print(list(c.itermonthdays3(2024, 2))[:5])
print(calendar.weekheader(3), calendar.firstweekday())
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print("IllegalMonthError:", e)
