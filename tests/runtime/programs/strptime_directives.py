import time, datetime as dt
cases = [('July 4, 2024 9:05 PM', '%B %d, %Y %I:%M %p'), ('2024-185', '%Y-%j'), ('Thu Jul  4 09:05:03 2024', '%c'), ('07/04/24', '%x'), ('09:05:03', '%X'),
         ('2024-07-04T09:05:03.123+0530', '%Y-%m-%dT%H:%M:%S.%f%z'), ('2024-07-04 09:05:03 -07:30:15.5', '%Y-%m-%d %H:%M:%S %z'), ('2024 10 3', '%Y %U %w'), ('2024 10 3', '%Y %W %w'),
         ('2024-W27-4', '%G-W%V-%u'), ('12 AM', '%I %p'), ('12 PM', '%I %p'), ('Feb 29', '%b %d'), ('2024 UTC', '%Y %Z'), ('1999 00 0', '%Y %U %w'), ('Z', '%z'), ('monday', '%A'),
         ('2024-13-01', '%Y-%m-%d'), ('x', '%d'), ('2024', '%Y %'), ('2024', '%Q'), ('2024-01-01 extra', '%Y-%m-%d'), ('2024-W27', '%G-W%V'), ('2024 27 1', '%Y %V %u'), ('+05:3015', '%z'),
         ('2024-W01-1 100', '%G-W%V-%u %j'), (' 5', '%d'), ('1 2 3', '%d %m %y'), ('69', '%y'), ('68', '%y'), ('', '%B')]
for s, f in cases:
    try: print(repr(s), repr(f), dt.datetime.strptime(s, f))
    except ValueError as e: print(repr(s), repr(f), 'ValueError', e)
    try: print('  ', time.strptime(s, f)[:9])
    except ValueError as e: print('   ValueError', e)
print(time.strptime('Thu Jul  4 09:05:03 2024'))
for bad in [lambda: time.strptime(5), lambda: time.strptime('x', 5), lambda: dt.datetime.strptime(5, '%Y')]:
    try: bad()
    except TypeError as e: print('TypeError', e)
print(dt.datetime.strptime('2024 EST', '%Y %Z') if False else '', type(dt.datetime.strptime('2024', '%Y')).__name__)
class MyDT(dt.datetime): pass
print(type(MyDT.strptime('2024-01-02', '%Y-%m-%d')).__name__)
