import calendar
h = calendar.HTMLCalendar(calendar.SUNDAY)
print(h.formatmonth(2024, 2)); print(h.formatmonth(2023, 12, withyear=False)); print(h.formatyear(2024, 4)[:500]); print(h.formatyearpage(2024)[:400])
class Custom(calendar.HTMLCalendar):
    cssclasses = ['wk'] * 5 + ['we'] * 2
print(Custom().formatweek([(0, 0), (1, 1), (2, 2), (3, 3), (4, 4), (5, 5), (6, 6)]), Custom().formatweekheader())
print(calendar.LocaleTextCalendar(locale='C').formatmonth(2024, 1))
