import csv
import io
import os


def rows(lines, **kw):
    try:
        r = csv.reader(lines, **kw)
        out = list(r)
        return out, r.line_num
    except (csv.Error, ValueError, TypeError) as e:
        return type(e).__name__, str(e)


def written(rowlist, **kw):
    buf = io.StringIO()
    try:
        w = csv.writer(buf, **kw)
        for row in rowlist:
            w.writerow(row)
    except (csv.Error, TypeError, ValueError) as e:
        return type(e).__name__, str(e), buf.getvalue()
    return buf.getvalue()


print(rows(['a,b,c', '1,2,3']))
print(rows(['a,b,c\r\n', '1,"2,5",3\r\n', '\r\n', 'x\n']))
print(rows(['"multi\n', 'line",z\n', '"say ""hi""",end\n']))
print(rows(['a, b,  c'], skipinitialspace=True))
print(rows(['a;b;"c;d"'], delimiter=';'))
print(rows(["'a,b',c"], quotechar="'"))
print(rows(['a\\,b,c'], escapechar='\\'))
print(rows(['"a\\"b",c'], escapechar='\\', doublequote=False))
print(rows(['"a"b,c']))
print(rows(['"a"b,c'], strict=True))
print(rows(['"unterminated']))
print(rows(['"unterminated'], strict=True))
print(rows(['1,2.5,"x",,-3'], quoting=csv.QUOTE_NONNUMERIC))
print(rows(['1,abc'], quoting=csv.QUOTE_NONNUMERIC))
print(rows(['"a",b'], quoting=csv.QUOTE_NONE))
print(rows(['a\0b']))
print(rows(['a\rb']))
print(rows([b'a,b']))
print(rows(['', '', 'a']))
print(rows(['a\tb\tc'], dialect='excel-tab'))
print(rows(['a\tb'], dialect=csv.excel_tab))
print(rows(io.StringIO('h1,h2\r\nv1,"v\r\n2"\r\n')))

print(repr(written([['a', 'b,c', 'd"e', 'f\ng', None, 1, 2.5, True, '']])))
print(repr(written([['a', 1, None, 2.5, '']], quoting=csv.QUOTE_ALL)))
print(repr(written([['a', 1, None, 2.5, '', True]], quoting=csv.QUOTE_NONNUMERIC)))
print(repr(written([['a,b', 'c']], quoting=csv.QUOTE_NONE)))
print(repr(written([['a,b', 'c"d']], quoting=csv.QUOTE_NONE, escapechar='\\')))
print(repr(written([['a"b']], doublequote=False, escapechar='\\')))
print(repr(written([['a"b']], doublequote=False)))
print(repr(written([[''], [], [None], ['', '']])))
print(repr(written([['']], quoting=csv.QUOTE_NONE)))
print(repr(written([['x', 'y']], lineterminator='\n', delimiter='|')))
print(repr(written([['a\rb', 'c\nd']], lineterminator='\n')))
print(repr(written([['a', 'b']], dialect='unix')))
print(repr(written([range(3), 'xyz', (1, 2)])))
print(repr(written([5])))
for kw in ({'delimiter': 'ab'}, {'quoting': 9}, {'dialect': 'nope'}, {'delimiter': 1},
           {'quotechar': None}, {'quotechar': None, 'quoting': csv.QUOTE_ALL}, {'lineterminator': 5},
           {'bogus': 1}):
    print(kw, written([['a', 'b"c']], **kw))
try:
    csv.writer(1)
except TypeError as e:
    print('TypeError', e)

buf = io.StringIO()
w = csv.writer(buf)
print(w.writerow(['a', 'b']), w.writerows([[1], [2, 3]]), repr(buf.getvalue()))
print(w.dialect.delimiter, repr(w.dialect.lineterminator), w.dialect.quoting, w.dialect.doublequote)


class semi(csv.Dialect):
    delimiter = ';'
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL


csv.register_dialect('semi', semi)
print(sorted(csv.list_dialects()))
print(rows(['a;b'], dialect='semi'), repr(written([['a;', 'b']], dialect='semi')))
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)
print(repr(written([['a', 'b']], dialect='pipes')), csv.get_dialect('pipes').delimiter)
csv.unregister_dialect('pipes')
for f in (lambda: csv.get_dialect('pipes'), lambda: csv.unregister_dialect('pipes')):
    try:
        f()
    except csv.Error as e:
        print('Error', e)
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
print(csv.excel.delimiter, repr(csv.excel.lineterminator), csv.excel_tab.delimiter, csv.unix_dialect.quoting)
print(csv.field_size_limit(), csv.field_size_limit(10), csv.field_size_limit())
print(rows(['a' * 11]), rows(['a' * 10]))
csv.field_size_limit(131072)

# DictReader / DictWriter
data = 'name,age,city\r\nann,30,Oslo\r\n\r\nbob,25\r\ncy,40,Rome,extra,more\r\n'
dr = csv.DictReader(io.StringIO(data))
print(dr.fieldnames, dr.line_num)
for row in dr:
    print(row, dr.line_num)
dr = csv.DictReader(['1,2', '3,4,5'], fieldnames=['x', 'y'], restkey='rest', restval='-')
print(list(dr))
dr = csv.DictReader(['1'], fieldnames=['x', 'y'], restval='-')
print(list(dr), csv.DictReader([]).fieldnames)

buf = io.StringIO()
dw = csv.DictWriter(buf, fieldnames=['name', 'age'], restval='?', lineterminator='\n')
print(dw.writeheader())
dw.writerow({'name': 'ann', 'age': 30})
dw.writerows([{'name': 'bob'}, {'age': 5, 'name': 'c,d'}])
try:
    dw.writerow({'name': 'x', 'zzz': 1})
except ValueError as e:
    print('ValueError', e)
csv.DictWriter(buf, fieldnames=['name'], extrasaction='ignore', lineterminator='\n').writerow({'name': 'q', 'other': 1})
print(repr(buf.getvalue()))
try:
    csv.DictWriter(buf, ['a'], extrasaction='bad')
except ValueError as e:
    print('ValueError', e)

# files
path = 'csv_mod.tmp'
with open(path, 'w', newline='') as f:
    w = csv.writer(f)
    w.writerows([['id', 'text'], [1, 'plain'], [2, 'with,comma'], [3, 'with\nnewline'], [4, 'quote"d']])
with open(path, newline='') as f:
    print(list(csv.reader(f)))
with open(path, newline='') as f:
    print([dict(r) for r in csv.DictReader(f)])
os.remove(path)
print(issubclass(csv.Error, Exception), csv.Error.__module__)
