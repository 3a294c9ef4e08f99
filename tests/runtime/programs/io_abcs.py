# The io ABCs: IOBase, RawIOBase, BufferedIOBase, TextIOBase, their default methods, and the native classes registered under them.
import io, sys
f = open(__file__)
print(isinstance(f, io.IOBase), isinstance(f, io.TextIOBase), isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase))
print(isinstance(sys.stdout, io.TextIOBase), isinstance(open(__file__, 'rb'), io.BufferedIOBase), isinstance(io.BytesIO(), io.IOBase))
print(io.TextIOWrapper, io.BufferedReader, io.FileIO, io.RawIOBase, io.DEFAULT_BUFFER_SIZE, io.SEEK_END)
class MyStream(io.TextIOBase):
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
    def writable(self): return True
m = MyStream(); print("x", "y", file=m); print(m.parts, m.closed, m.readable())
class R(io.RawIOBase):
    def __init__(self, data): self.data = data; self.pos = 0
    def readable(self): return True
    def readinto(self, b):
        n = min(len(b), len(self.data) - self.pos); b[:n] = self.data[self.pos:self.pos+n]; self.pos += n; return n
print(R(b"hello world").read(), R(b"abc\ndef\n").readlines(), list(R(b"x\ny")))
class B(io.BufferedIOBase):
    def __init__(self): self.data = b"buffered data"
    def read(self, n=-1):
        out, self.data = (self.data, b"") if n < 0 else (self.data[:n], self.data[n:])
        return out
    def readable(self): return True
b = B(); buf = bytearray(8); print(b.readinto(buf), bytes(buf), b.read())
with MyStream() as s:
    s.write("in with")
print(s.closed, s.parts)
try:
    s.write("again") if False else s.seek(0)
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)
try:
    MyStream().fileno()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)
print(issubclass(io.StringIO, io.TextIOBase), issubclass(io.FileIO, io.RawIOBase), io.IOBase.__module__, io.TextIOBase.__name__)
