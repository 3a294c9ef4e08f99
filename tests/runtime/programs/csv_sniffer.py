import csv, io
samples = ['a;b;c\n1;2;3\n', 'name,age\nbob,3\nann,45\n', 'x\ty\tz\n1\t2\t3\n', '"a","b","c"\n"1","2","3"\n', "'a', 'b'\n'c', 'd'\n",
           'name, city\nbob, "NY, NY"\nann, LA\n', 'a|b|c\n1|2|3\n4|5|6\n', 'one column\nvalue\n', 'h1:h2\n1:2\n', 'a "b" c\n',
           'title,year\n"He said ""hi""",1999\nX,2000\n', 'id name score\n1 bob 3.5\n2 ann 4\n', '"only quoted"\n', 'x', '1,2\n3,4\n5,6\n',
           ''.join('%d,%d;%d\n' % (i, i * 2, i * 3) for i in range(25))]
for s in samples:
    try:
        d = csv.Sniffer().sniff(s)
        print(repr(s[:20]), repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace, d.quoting, repr(d.lineterminator), d._name)
    except csv.Error as e:
        print(repr(s[:20]), 'Error', e)
    try: print('  header:', csv.Sniffer().has_header(s))
    except csv.Error as e: print('  header error', e)
    try: print('  restricted:', csv.Sniffer().sniff(s, delimiters=';|').delimiter)
    except csv.Error as e: print('  restricted error', e)
d = csv.Sniffer().sniff('name,age\nbob,3\n'); print(list(csv.reader(io.StringIO('name,age\nbob,3\n'), d)), issubclass(d, csv.Dialect))
