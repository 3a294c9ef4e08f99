"""Reading and writing gzip files: tspy's own `gzip` (compress/decompress,
and GzipFile/open, which read a whole file at once and write it on close)."""
import builtins
import io
import os
import struct
import time
import zlib

__all__ = ['BadGzipFile', 'GzipFile', 'open', 'compress', 'decompress']

READ, WRITE = 1, 2
_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9
FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16


class BadGzipFile(OSError):
    """Exception raised in some cases for invalid gzip files."""


def _header(level, mtime, fname=b''):
    flags = FNAME if fname else 0
    if mtime is None:
        mtime = time.time()
    xfl = b'\002' if level == _COMPRESS_LEVEL_BEST else b'\004' if level == _COMPRESS_LEVEL_FAST else b'\000'
    return b'\037\213\010' + bytes([flags]) + struct.pack('<L', int(mtime) & 0xffffffff) + xfl + b'\377' + (fname + b'\000' if fname else b'')


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """The gzip file (header, raw deflate stream, CRC-32 and size) holding `data`."""
    data = bytes(data)
    if mtime == 0:
        return zlib.compress(data, compresslevel, wbits=31)  # zlib's own header (OS byte 3), as CPython 3.11
    body = zlib.compress(data, compresslevel, wbits=-15)
    return _header(compresslevel, mtime) + body + struct.pack('<LL', zlib.crc32(data), len(data) & 0xffffffff)


def decompress(data):
    """The data of one or more concatenated gzip members."""
    data = bytes(data)
    out = []
    while data:
        if data[:2] != b'\037\213':
            raise BadGzipFile('Not a gzipped file (%r)' % data[:2])
        if data[2] != 8:
            raise BadGzipFile('Unknown compression method')
        flag = data[3]
        pos = 10
        if flag & FEXTRA:
            (extra_len,) = struct.unpack('<H', data[pos:pos + 2])
            pos += 2 + extra_len
        if flag & FNAME:
            pos = data.index(b'\000', pos) + 1
        if flag & FCOMMENT:
            pos = data.index(b'\000', pos) + 1
        if flag & FHCRC:
            pos += 2
        d = zlib.decompressobj(wbits=-15)
        chunk = d.decompress(data[pos:])
        if not d.eof:
            raise EOFError('Compressed file ended before the end-of-stream marker was reached')
        rest = d.unused_data
        if len(rest) < 8:
            raise EOFError('Compressed file ended before the end-of-stream marker was reached')
        crc, size = struct.unpack('<LL', rest[:8])
        if crc != zlib.crc32(chunk):
            raise BadGzipFile('CRC check failed')
        if size != len(chunk) & 0xffffffff:
            raise BadGzipFile('Incorrect length of data produced')
        out.append(chunk)
        data = rest[8:].lstrip(b'\000')
    return b''.join(out)


class GzipFile:
    """A gzip file as a binary file object: read mode decompresses it all on open, write mode compresses on close."""

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST, fileobj=None, mtime=None):
        if mode and ('t' in mode or 'U' in mode):
            raise ValueError('Invalid mode: {!r}'.format(mode))
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or 'rb')
        else:
            self.myfileobj = None
        if filename is None:
            filename = getattr(fileobj, 'name', '')
            if not isinstance(filename, (str, bytes)):
                filename = ''
        else:
            filename = os.fspath(filename)
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')
        self.name = filename
        self.fileobj = fileobj
        self.compresslevel = compresslevel
        self.mtime = mtime
        if mode.startswith('r'):
            self.mode = READ
            self._buffer = io.BytesIO(decompress(fileobj.read()))
        elif mode.startswith(('w', 'a', 'x')):
            self.mode = WRITE
            self._buffer = io.BytesIO()
        else:
            raise ValueError('Invalid mode: {!r}'.format(mode))

    @property
    def closed(self):
        return self._buffer.closed

    def read(self, size=-1):
        return self._buffer.read(size)

    def read1(self, size=-1):
        return self._buffer.read(size)

    def readline(self, size=-1):
        return self._buffer.readline(size)

    def readlines(self, hint=-1):
        return self._buffer.readlines()

    def __iter__(self):
        return iter(self._buffer.readline, b'')

    def write(self, data):
        if self.mode != WRITE:
            import errno
            raise OSError(errno.EBADF, 'write() on read-only GzipFile object')
        return self._buffer.write(bytes(data))

    def seek(self, offset, whence=0):
        return self._buffer.seek(offset, whence)

    def tell(self):
        return self._buffer.tell()

    def getvalue(self):
        return self._buffer.getvalue()

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    def flush(self):
        pass

    def close(self):
        if self.closed:
            return
        try:
            if self.mode == WRITE:
                data = self.getvalue()
                fname = os.path.basename(self.name)
                if isinstance(fname, str):
                    fname = fname.encode('latin-1', 'replace')
                if fname.endswith(b'.gz'):
                    fname = fname[:-3]
                body = zlib.compress(data, self.compresslevel, wbits=-15)
                self.fileobj.write(_header(self.compresslevel, self.mtime, fname) + body + struct.pack('<LL', zlib.crc32(data), len(data) & 0xffffffff))
        finally:
            self._buffer.close()
            if self.myfileobj is not None:
                self.myfileobj.close()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __repr__(self):
        s = repr(self.fileobj)
        return '<gzip ' + s[1:-1] + ' ' + hex(id(self)) + '>'


def open(filename, mode='rb', compresslevel=_COMPRESS_LEVEL_BEST, encoding=None, errors=None, newline=None):
    """Open a gzip file in binary or text mode ('rt', 'wt')."""
    if 't' in mode:
        if 'b' in mode:
            raise ValueError('Invalid mode: %r' % (mode,))
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")
    gz_mode = mode.replace('t', '')
    if isinstance(filename, (str, bytes, os.PathLike)):
        binary_file = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, 'read') or hasattr(filename, 'write'):
        binary_file = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError('filename must be a str or bytes object, or a file')
    if 't' in mode:
        return _TextGzip(binary_file, encoding or 'utf-8', errors or 'strict')
    return binary_file


class _TextGzip:
    """Text mode over a GzipFile: decoded on open, encoded on close."""

    def __init__(self, binary, encoding, errors):
        self._binary = binary
        self._encoding = encoding
        self._errors = errors
        self._text = io.StringIO(binary.getvalue().decode(encoding, errors) if binary.mode == READ else '')

    def __getattr__(self, name):
        return getattr(self.__dict__['_text'], name)

    def __iter__(self):
        return iter(self._text)

    def close(self):
        if self._text.closed:
            return
        if self._binary.mode == WRITE:
            self._binary.write(self._text.getvalue().encode(self._encoding, self._errors))
        self._binary.close()
        self._text.close()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()
