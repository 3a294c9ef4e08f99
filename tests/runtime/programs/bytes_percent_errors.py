# bytes %-formatting errors name bytes formatting, as CPython's do.
cases = [lambda: b'%d' % (1, 2), lambda: b'x' % 5, lambda: bytearray(b'x') % (1,), lambda: b'%(a)s' % 5,
         lambda: b'%s %s' % (1,), lambda: b'%c' % 'a', lambda: b'%s' % 'str', lambda: b'%d %d' % (1,),
         lambda: b'%y' % 1, lambda: b'%' % (), lambda: b'%d' % b'x', lambda: 'x' % 5]
for c in cases:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__, e)
