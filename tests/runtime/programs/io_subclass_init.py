import io
class Log(io.StringIO):
    def __init__(self, prefix):
        super().__init__()
        self.prefix = prefix
    def write(self, s): return super().write(self.prefix + s)
l = Log('> '); l.write('a'); print(repr(l.getvalue()))
class B(io.BytesIO):
    def __init__(self, owner, data=b''):
        super().__init__(data)
        self.owner = owner
b = B('me', b'xyz'); print(b.read(), b.owner)
print(io.BytesIO(b'abc').read(), io.StringIO('hi').read(), io.StringIO(initial_value='q').getvalue(), io.BytesIO(initial_bytes=b'z').getvalue())
s = io.StringIO('abc'); s.read(); s.__init__('new'); print(s.read(), s.tell())
for bad in [lambda: io.BytesIO(5), lambda: io.StringIO(5), lambda: io.StringIO('a', 'b', 'c')]:
    try: bad()
    except TypeError as e: print(e)
