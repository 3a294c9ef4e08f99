"""tspy's own `zipfile`: read and write ZIP archives (stored and deflated
members, archives in files or file objects, append mode), laid out byte for
byte as CPython writes them. Not supported: encryption, bzip2/lzma members,
ZIP64 archives over 4 GiB."""
import io
import os
import shutil
import stat
import struct
import sys
import time
import zlib
import binascii

__all__ = ["BadZipFile", "BadZipfile", "error", "ZIP_STORED", "ZIP_DEFLATED", "ZIP_BZIP2", "ZIP_LZMA",
           "is_zipfile", "ZipInfo", "ZipFile", "PyZipFile", "LargeZipFile", "Path"]


class BadZipFile(Exception):
    pass


class LargeZipFile(Exception):
    """Raised when writing a zipfile, the zipfile requires ZIP64 extensions
    and those extensions are disabled."""


error = BadZipfile = BadZipFile

ZIP64_LIMIT = (1 << 31) - 1
ZIP_FILECOUNT_LIMIT = (1 << 16) - 1
ZIP_MAX_COMMENT = (1 << 16) - 1

ZIP_STORED = 0
ZIP_DEFLATED = 8
ZIP_BZIP2 = 12
ZIP_LZMA = 14

DEFAULT_VERSION = 20

compressor_names = {
    0: 'store', 1: 'shrink', 2: 'reduce', 3: 'reduce', 4: 'reduce', 5: 'reduce', 6: 'implode',
    7: 'tokenize', 8: 'deflate', 9: 'deflate64', 10: 'implode', 12: 'bzip2', 14: 'lzma',
    18: 'terse', 19: 'lz77', 97: 'wavpack', 98: 'ppmd',
}

_FILE_HEADER = struct.Struct("<4s2B4HL2L2H")
_CENTRAL_DIR = struct.Struct("<4s4B4HL2L5H2L")
_END_ARCHIVE = struct.Struct("<4s4H2LH")
_SIG_FILE = b"PK\003\004"
_SIG_CENTRAL = b"PK\001\002"
_SIG_END = b"PK\005\006"
_UTF8_FLAG = 0x800
_DATA_DESCRIPTOR = 0x08
_ENCRYPTED = 0x01

_CP437 = ('ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪'
          '┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\xa0')


def _decode_name(raw, flags):
    if flags & _UTF8_FLAG:
        return raw.decode('utf-8')
    return ''.join(chr(b) if b < 128 else _CP437[b - 128] for b in raw)


def _check_compression(compression):
    if compression in (ZIP_STORED, ZIP_DEFLATED):
        return
    if compression in (ZIP_BZIP2, ZIP_LZMA):
        raise NotImplementedError("zipfile: %s compression is not supported by tspy"
                                  % compressor_names[compression])
    raise NotImplementedError("That compression method is not supported")


class ZipInfo(object):
    """Class with attributes describing each file in the ZIP archive."""

    __slots__ = ('orig_filename', 'filename', 'date_time', 'compress_type', '_compresslevel', 'comment',
                 'extra', 'create_system', 'create_version', 'extract_version', 'reserved', 'flag_bits',
                 'volume', 'internal_attr', 'external_attr', 'header_offset', 'CRC', 'compress_size',
                 'file_size', '_raw_time', '_end_offset')

    def __init__(self, filename="NoName", date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        null = filename.find(chr(0))
        if null >= 0:
            filename = filename[0:null]
        if os.sep != "/" and os.sep in filename:
            filename = filename.replace(os.sep, "/")
        self.filename = filename
        self.date_time = date_time
        if date_time[0] < 1980:
            raise ValueError('ZIP does not support timestamps before 1980')
        self.compress_type = ZIP_STORED
        self._compresslevel = None
        self.comment = b""
        self.extra = b""
        self.create_system = 0 if sys.platform == 'win32' else 3
        self.create_version = DEFAULT_VERSION
        self.extract_version = DEFAULT_VERSION
        self.reserved = 0
        self.flag_bits = 0
        self.volume = 0
        self.internal_attr = 0
        self.external_attr = 0
        self.compress_size = 0
        self.file_size = 0
        self._end_offset = None

    def __repr__(self):
        parts = ['<%s filename=%r' % (self.__class__.__name__, self.filename)]
        if self.compress_type != ZIP_STORED:
            parts.append(' compress_type=%s' % compressor_names.get(self.compress_type, self.compress_type))
        hi = self.external_attr >> 16
        lo = self.external_attr & 0xFFFF
        if hi:
            parts.append(' filemode=%r' % stat.filemode(hi))
        if lo:
            parts.append(' external_attr=%#x' % lo)
        isdir = self.is_dir()
        if not isdir or self.file_size:
            parts.append(' file_size=%r' % self.file_size)
        if (not isdir or self.compress_size) and (self.compress_type != ZIP_STORED or self.file_size != self.compress_size):
            parts.append(' compress_size=%r' % self.compress_size)
        parts.append('>')
        return ''.join(parts)

    def _dos_time(self):
        dt = self.date_time
        return dt[3] << 11 | dt[4] << 5 | (dt[5] // 2), (dt[0] - 1980) << 9 | dt[1] << 5 | dt[2]

    def _encodeFilenameFlags(self):
        try:
            return self.filename.encode('ascii'), self.flag_bits
        except UnicodeEncodeError:
            return self.filename.encode('utf-8'), self.flag_bits | _UTF8_FLAG

    def FileHeader(self, zip64=None):
        """Return the per-file header as a bytes object."""
        dostime, dosdate = self._dos_time()
        if self.flag_bits & _DATA_DESCRIPTOR:
            crc = compress_size = file_size = 0
        else:
            crc, compress_size, file_size = self.CRC, self.compress_size, self.file_size
        if zip64:
            raise LargeZipFile("ZIP64 archives are not supported by tspy")
        name, flags = self._encodeFilenameFlags()
        return _FILE_HEADER.pack(_SIG_FILE, self.extract_version, self.reserved, flags, self.compress_type,
                                 dostime, dosdate, crc, compress_size, file_size, len(name),
                                 len(self.extra)) + name + self.extra

    @classmethod
    def from_file(cls, filename, arcname=None, *, strict_timestamps=True):
        """Construct an appropriate ZipInfo for a file on the filesystem."""
        if isinstance(filename, os.PathLike):
            filename = os.fspath(filename)
        st = os.stat(filename)
        isdir = stat.S_ISDIR(st.st_mode)
        mtime = time.localtime(st.st_mtime)
        date_time = mtime[0:6]
        if not strict_timestamps and date_time[0] < 1980:
            date_time = (1980, 1, 1, 0, 0, 0)
        elif not strict_timestamps and date_time[0] > 2107:
            date_time = (2107, 12, 31, 23, 59, 59)
        if arcname is None:
            arcname = filename
        arcname = os.path.normpath(os.path.splitdrive(arcname)[1])
        while arcname[0] in (os.sep, os.altsep):
            arcname = arcname[1:]
        if isdir:
            arcname += '/'
        zinfo = cls(arcname, date_time)
        zinfo.external_attr = (st.st_mode & 0xFFFF) << 16
        if isdir:
            zinfo.file_size = 0
            zinfo.external_attr |= 0x10
        else:
            zinfo.file_size = st.st_size
        return zinfo

    def is_dir(self):
        """Return True if this archive member is a directory."""
        return self.filename[-1] == '/'


class ZipExtFile(io.BytesIO):
    """File-like object for reading an archive member (its data is read whole)."""

    def __init__(self, data, mode, zipinfo):
        super().__init__(data)
        self.mode = mode
        self.name = zipinfo.filename
        self._zipinfo = zipinfo

    def __repr__(self):
        return '<zipfile.ZipExtFile name=%r mode=%r>' % (self.name, self.mode)

    def seekable(self):
        return True


class _ZipWriteFile:
    # An archive member being written: data is compressed as it comes; on
    # close the local header is rewritten with the CRC and sizes.
    def __init__(self, zf, zinfo):
        self._zinfo = zinfo
        self._zipfile = zf
        self._fileobj = zf.fp
        if zinfo.compress_type == ZIP_DEFLATED:
            level = zinfo._compresslevel if zinfo._compresslevel is not None else zlib.Z_DEFAULT_COMPRESSION
            self._compressor = zlib.compressobj(level, zlib.DEFLATED, -15)
        else:
            self._compressor = None
        self._file_size = 0
        self._compress_size = 0
        self._crc = 0
        self._closed = False

    @property
    def closed(self):
        return self._closed

    def writable(self):
        return True

    def readable(self):
        return False

    def flush(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def write(self, data):
        if self._closed:
            raise ValueError('I/O operation on closed file.')
        if isinstance(data, (bytes, bytearray)):
            nbytes = len(data)
        else:
            data = memoryview(data)
            nbytes = data.nbytes
        self._file_size += nbytes
        self._crc = zlib.crc32(data, self._crc)
        if self._compressor:
            data = self._compressor.compress(data)
            self._compress_size += len(data)
        self._fileobj.write(data)
        return nbytes

    def close(self):
        if self._closed:
            return
        self._closed = True
        if self._compressor:
            tail = self._compressor.flush()
            self._compress_size += len(tail)
            self._fileobj.write(tail)
            self._zinfo.compress_size = self._compress_size
        else:
            self._zinfo.compress_size = self._file_size
        self._zinfo.CRC = self._crc
        self._zinfo.file_size = self._file_size
        zf = self._zipfile
        if self._zinfo.flag_bits & _DATA_DESCRIPTOR:
            self._fileobj.write(struct.pack("<LLLL", 0x08074b50, self._zinfo.CRC,
                                            self._zinfo.compress_size, self._zinfo.file_size))
            zf.start_dir = self._fileobj.tell()
        else:
            zf.start_dir = self._fileobj.tell()
            self._fileobj.seek(self._zinfo.header_offset)
            self._fileobj.write(self._zinfo.FileHeader(False))
            self._fileobj.seek(zf.start_dir)
        zf.filelist.append(self._zinfo)
        zf.NameToInfo[self._zinfo.filename] = self._zinfo
        zf._writing = False


class ZipFile:
    """Open a ZIP file (a path or file object) for reading ('r'), writing
    ('w'), exclusive creation ('x') or appending ('a')."""

    fp = None
    _windows_illegal_name_trans_table = None

    def __init__(self, file, mode="r", compression=ZIP_STORED, allowZip64=True, compresslevel=None, *,
                 strict_timestamps=True, metadata_encoding=None):
        if mode not in ('r', 'w', 'x', 'a'):
            raise ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'")
        _check_compression(compression)
        self._allowZip64 = allowZip64
        self._didModify = False
        self.debug = 0
        self.NameToInfo = {}
        self.filelist = []
        self.compression = compression
        self.compresslevel = compresslevel
        self.mode = mode
        self.pwd = None
        self._comment = b''
        self._strict_timestamps = strict_timestamps
        self.metadata_encoding = metadata_encoding
        self._writing = False
        if isinstance(file, os.PathLike):
            file = os.fspath(file)
        if isinstance(file, str):
            self._filePassed = 0
            self.filename = file
            modes = {'r': 'rb', 'w': 'w+b', 'x': 'x+b', 'a': 'r+b'}
            try:
                self.fp = io.open(file, modes[mode])
            except OSError:
                if mode != 'a':
                    raise
                self.fp = io.open(file, 'w+b')
                mode = 'w'
        else:
            self._filePassed = 1
            self.fp = file
            self.filename = getattr(file, 'name', None)
        self._seekable = True
        try:
            if mode == 'r':
                self._read_contents()
            elif mode in ('w', 'x'):
                self._didModify = True
                try:
                    self.start_dir = self.fp.tell()
                except (AttributeError, OSError):
                    self._seekable = False
                    self.start_dir = 0
            else:
                try:
                    self._read_contents()
                    self.fp.seek(self.start_dir)
                except BadZipFile:
                    self.fp.seek(0, 2)
                    self._didModify = True
                    self.start_dir = self.fp.tell()
        except:
            fp = self.fp
            self.fp = None
            if not self._filePassed:
                fp.close()
            raise

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def __repr__(self):
        result = ['<%s.%s' % (self.__class__.__module__, self.__class__.__qualname__)]
        if self.fp is not None:
            if self._filePassed:
                result.append(' file=%r' % self.fp)
            elif self.filename is not None:
                result.append(' filename=%r' % self.filename)
            result.append(' mode=%r' % self.mode)
        else:
            result.append(' [closed]')
        result.append('>')
        return ''.join(result)

    def _read_contents(self):
        fp = self.fp
        try:
            fp.seek(0, 2)
        except OSError:
            raise BadZipFile("File is not a zip file")
        size = fp.tell()
        start = max(0, size - (_END_ARCHIVE.size + ZIP_MAX_COMMENT))
        fp.seek(start)
        data = fp.read()
        where = data.rfind(_SIG_END)
        if where < 0 or len(data) - where < _END_ARCHIVE.size:
            raise BadZipFile("File is not a zip file")
        end = _END_ARCHIVE.unpack(data[where:where + _END_ARCHIVE.size])
        comment_length = end[7]
        self._comment = data[where + _END_ARCHIVE.size:where + _END_ARCHIVE.size + comment_length]
        size_cd, offset_cd = end[5], end[6]
        end_pos = start + where
        concat = end_pos - size_cd - offset_cd
        self.start_dir = offset_cd + concat
        if self.start_dir < 0:
            raise BadZipFile("Bad offset for central directory")
        fp.seek(self.start_dir)
        directory = fp.read(size_cd)
        pos = 0
        while pos < len(directory):
            fields = directory[pos:pos + _CENTRAL_DIR.size]
            if len(fields) != _CENTRAL_DIR.size:
                raise BadZipFile("Truncated central directory")
            fields = _CENTRAL_DIR.unpack(fields)
            if fields[0] != _SIG_CENTRAL:
                raise BadZipFile("Bad magic number for central directory")
            pos += _CENTRAL_DIR.size
            name_len, extra_len, comment_len = fields[12], fields[13], fields[14]
            flags = fields[5]
            raw_name = directory[pos:pos + name_len]
            pos += name_len
            x = ZipInfo(_decode_name(raw_name, flags))
            x.extra = directory[pos:pos + extra_len]
            pos += extra_len
            x.comment = directory[pos:pos + comment_len]
            pos += comment_len
            x.header_offset = fields[18] + concat
            (x.create_version, x.create_system, x.extract_version, x.reserved, x.flag_bits,
             x.compress_type, t, d, x.CRC, x.compress_size, x.file_size) = fields[1:12]
            x.volume, x.internal_attr, x.external_attr = fields[15:18]
            x._raw_time = t
            x.date_time = ((d >> 9) + 1980, (d >> 5) & 0xF, d & 0x1F, t >> 11, (t >> 5) & 0x3F, (t & 0x1F) * 2)
            self.filelist.append(x)
            self.NameToInfo[x.filename] = x

    def namelist(self):
        """Return a list of file names in the archive."""
        return [data.filename for data in self.filelist]

    def infolist(self):
        """Return a list of class ZipInfo instances for files in the archive."""
        return self.filelist

    def printdir(self, file=None):
        """Print a table of contents for the zip file."""
        print("%-46s %19s %12s" % ("File Name", "Modified    ", "Size"), file=file)
        for zinfo in self.filelist:
            date = "%d-%02d-%02d %02d:%02d:%02d" % zinfo.date_time[:6]
            print("%-46s %s %12d" % (zinfo.filename, date, zinfo.file_size), file=file)

    def testzip(self):
        """Read all the files and check the CRC; return the first bad name or None."""
        for zinfo in self.filelist:
            try:
                self.read(zinfo)
            except BadZipFile:
                return zinfo.filename
        return None

    def getinfo(self, name):
        """Return the instance of ZipInfo given 'name'."""
        info = self.NameToInfo.get(name)
        if info is None:
            raise KeyError('There is no item named %r in the archive' % name)
        return info

    def setpassword(self, pwd):
        raise NotImplementedError("zipfile encryption is not supported by tspy")

    @property
    def comment(self):
        """The comment text associated with the ZIP file."""
        return self._comment

    @comment.setter
    def comment(self, comment):
        if not isinstance(comment, bytes):
            raise TypeError("comment: expected bytes, got %s" % type(comment).__name__)
        if len(comment) > ZIP_MAX_COMMENT:
            import warnings
            warnings.warn('Archive comment is too long; truncating to %d bytes' % ZIP_MAX_COMMENT, stacklevel=2)
            comment = comment[:ZIP_MAX_COMMENT]
        self._comment = comment
        self._didModify = True

    def read(self, name, pwd=None):
        """Return file bytes for name."""
        with self.open(name, "r", pwd) as fp:
            return fp.read()

    def open(self, name, mode="r", pwd=None, *, force_zip64=False):
        """Return a file-like object for 'name' ('r' to read, 'w' to write)."""
        if mode not in {"r", "w"}:
            raise ValueError('open() requires mode "r" or "w"')
        if pwd and mode == "w":
            raise ValueError("pwd is only supported for reading files")
        if not self.fp:
            raise ValueError("Attempt to use ZIP archive that was already closed")
        if isinstance(name, ZipInfo):
            zinfo = name
        elif mode == 'w':
            zinfo = ZipInfo(name)
            zinfo.compress_type = self.compression
            zinfo._compresslevel = self.compresslevel
        else:
            zinfo = self.getinfo(name)
        if mode == 'w':
            return self._open_to_write(zinfo)
        if self._writing:
            raise ValueError("Can't read from the ZIP file while there is an open writing handle on it. "
                             "Close the writing handle before trying to read.")
        self.fp.seek(zinfo.header_offset)
        header = self.fp.read(_FILE_HEADER.size)
        if len(header) != _FILE_HEADER.size:
            raise BadZipFile("Truncated file header")
        header = _FILE_HEADER.unpack(header)
        if header[0] != _SIG_FILE:
            raise BadZipFile("Bad magic number for file header")
        fname = self.fp.read(header[10])
        if header[11]:
            self.fp.read(header[11])
        if zinfo.flag_bits & _ENCRYPTED:
            raise NotImplementedError("zipfile encryption is not supported by tspy")
        if _decode_name(fname, header[3]) != zinfo.orig_filename:
            raise BadZipFile('File name in directory %r and header %r differ.' % (zinfo.orig_filename, fname))
        raw = self.fp.read(zinfo.compress_size)
        if zinfo.compress_type == ZIP_STORED:
            data = raw
        elif zinfo.compress_type == ZIP_DEFLATED:
            data = zlib.decompressobj(-15).decompress(raw)
        else:
            _check_compression(zinfo.compress_type)
        if zlib.crc32(data) != zinfo.CRC:
            raise BadZipFile("Bad CRC-32 for file %r" % zinfo.filename)
        return ZipExtFile(data, 'r', zinfo)

    def _open_to_write(self, zinfo):
        if self._writing:
            raise ValueError("Can't write to the ZIP file while there is another write handle open on it. "
                             "Close the first handle before opening another.")
        zinfo.compress_size = 0
        zinfo.CRC = 0
        zinfo.flag_bits = 0x00
        if not self._seekable:
            zinfo.flag_bits |= _DATA_DESCRIPTOR
        if not zinfo.external_attr:
            zinfo.external_attr = 0o600 << 16
        if self._seekable:
            self.fp.seek(self.start_dir)
        zinfo.header_offset = self.fp.tell()
        self._writecheck(zinfo)
        self._didModify = True
        self.fp.write(zinfo.FileHeader(False))
        self._writing = True
        return _ZipWriteFile(self, zinfo)

    def _writecheck(self, zinfo):
        if zinfo.filename in self.NameToInfo:
            import warnings
            warnings.warn('Duplicate name: %r' % zinfo.filename, stacklevel=3)
        if self.mode not in ('w', 'x', 'a'):
            raise ValueError("write() requires mode 'w', 'x', or 'a'")
        if not self.fp:
            raise ValueError("Attempt to write ZIP archive that was already closed")
        _check_compression(zinfo.compress_type)

    def extract(self, member, path=None, pwd=None):
        """Extract a member to path (the current directory); return its path."""
        if path is None:
            path = os.getcwd()
        else:
            path = os.fspath(path)
        return self._extract_member(member, path, pwd)

    def extractall(self, path=None, members=None, pwd=None):
        """Extract all members (or those of members) to path."""
        if members is None:
            members = self.namelist()
        path = os.getcwd() if path is None else os.fspath(path)
        for zipinfo in members:
            self._extract_member(zipinfo, path, pwd)

    def _extract_member(self, member, targetpath, pwd):
        if not isinstance(member, ZipInfo):
            member = self.getinfo(member)
        arcname = member.filename.replace('/', os.path.sep)
        arcname = os.path.splitdrive(arcname)[1]
        invalid = ('', os.path.curdir, os.path.pardir)
        arcname = os.path.sep.join(x for x in arcname.split(os.path.sep) if x not in invalid)
        targetpath = os.path.join(targetpath, arcname)
        targetpath = os.path.normpath(targetpath)
        upperdirs = os.path.dirname(targetpath)
        if upperdirs and not os.path.exists(upperdirs):
            os.makedirs(upperdirs)
        if member.is_dir():
            if not os.path.isdir(targetpath):
                os.mkdir(targetpath)
            return targetpath
        with self.open(member, pwd=pwd) as source, open(targetpath, "wb") as target:
            shutil.copyfileobj(source, target)
        return targetpath

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        """Put the bytes from filename into the archive under the name arcname."""
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists")
        zinfo = ZipInfo.from_file(filename, arcname, strict_timestamps=self._strict_timestamps)
        if zinfo.is_dir():
            zinfo.compress_size = 0
            zinfo.CRC = 0
            self.mkdir(zinfo)
            return
        zinfo.compress_type = compress_type if compress_type is not None else self.compression
        zinfo._compresslevel = compresslevel if compresslevel is not None else self.compresslevel
        with open(filename, "rb") as src, self.open(zinfo, 'w') as dest:
            shutil.copyfileobj(src, dest, 1024 * 8)

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        """Write data (bytes, or str as UTF-8) into the archive as a member."""
        if isinstance(data, str):
            data = data.encode("utf-8")
        if not isinstance(zinfo_or_arcname, ZipInfo):
            zinfo = ZipInfo(filename=zinfo_or_arcname, date_time=time.localtime(time.time())[:6])
            zinfo.compress_type = self.compression
            zinfo._compresslevel = self.compresslevel
            if zinfo.filename[-1] == '/':
                zinfo.external_attr = 0o40775 << 16
                zinfo.external_attr |= 0x10
            else:
                zinfo.external_attr = 0o600 << 16
        else:
            zinfo = zinfo_or_arcname
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists.")
        if compress_type is not None:
            zinfo.compress_type = compress_type
        if compresslevel is not None:
            zinfo._compresslevel = compresslevel
        zinfo.file_size = len(data)
        with self.open(zinfo, mode='w') as dest:
            dest.write(data)

    def mkdir(self, zinfo_or_directory_name, mode=511):
        """Creates a directory inside the zip archive."""
        if isinstance(zinfo_or_directory_name, ZipInfo):
            zinfo = zinfo_or_directory_name
            if not zinfo.is_dir():
                raise ValueError("The given ZipInfo does not describe a directory")
        elif isinstance(zinfo_or_directory_name, str):
            name = zinfo_or_directory_name
            if not name.endswith("/"):
                name += "/"
            zinfo = ZipInfo(name)
            zinfo.compress_size = 0
            zinfo.CRC = 0
            zinfo.external_attr = ((0o40000 | mode) & 0xFFFF) << 16
            zinfo.file_size = 0
            zinfo.external_attr |= 0x10
        else:
            raise TypeError("Expected type str or ZipInfo")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists.")
        if self._seekable:
            self.fp.seek(self.start_dir)
        zinfo.header_offset = self.fp.tell()
        if zinfo.compress_type == ZIP_LZMA:
            zinfo.flag_bits |= 0x02
        self._writecheck(zinfo)
        self._didModify = True
        self.filelist.append(zinfo)
        self.NameToInfo[zinfo.filename] = zinfo
        self.fp.write(zinfo.FileHeader(False))
        self.start_dir = self.fp.tell()

    def __del__(self):
        self._fpclose(self.fp)

    def close(self):
        """Close the file, writing the central directory when the archive was changed."""
        if self.fp is None:
            return
        if self._writing:
            raise ValueError("Can't close the ZIP file while there is an open writing handle on it. "
                             "Close the writing handle before closing the zip.")
        try:
            if self.mode in ('w', 'x', 'a') and self._didModify:
                if self._seekable:
                    self.fp.seek(self.start_dir)
                self._write_end_record()
        finally:
            fp = self.fp
            self.fp = None
            self._fpclose(fp)

    def _write_end_record(self):
        for zinfo in self.filelist:
            dostime, dosdate = zinfo._dos_time()
            name, flags = zinfo._encodeFilenameFlags()
            self.fp.write(_CENTRAL_DIR.pack(
                _SIG_CENTRAL, zinfo.create_version, zinfo.create_system, zinfo.extract_version,
                zinfo.reserved, flags, zinfo.compress_type, dostime, dosdate, zinfo.CRC,
                zinfo.compress_size, zinfo.file_size, len(name), len(zinfo.extra), len(zinfo.comment),
                0, zinfo.internal_attr, zinfo.external_attr, zinfo.header_offset))
            self.fp.write(name)
            self.fp.write(zinfo.extra)
            self.fp.write(zinfo.comment)
        end = self.fp.tell()
        count = len(self.filelist)
        self.fp.write(_END_ARCHIVE.pack(_SIG_END, 0, 0, count, count, end - self.start_dir,
                                        self.start_dir, len(self._comment)))
        self.fp.write(self._comment)
        if self.mode == "a":
            self.fp.truncate()
        self.fp.flush()

    def _fpclose(self, fp):
        if fp is not None and not self._filePassed:
            fp.close()


class PyZipFile(ZipFile):
    def __init__(self, *args, **kwargs):
        raise NotImplementedError("zipfile.PyZipFile is not supported by tspy")


def is_zipfile(filename):
    """Quickly see if a file is a ZIP file by checking the magic number."""
    try:
        if hasattr(filename, "read"):
            pos = filename.tell()
            try:
                ZipFile(filename)._read_contents
                return True
            finally:
                filename.seek(pos)
        with open(filename, "rb") as fp:
            fp.seek(0, 2)
            size = fp.tell()
            fp.seek(max(0, size - (_END_ARCHIVE.size + ZIP_MAX_COMMENT)))
            return _SIG_END in fp.read()
    except (OSError, BadZipFile):
        return False


def Path(*args, **kwargs):
    raise NotImplementedError("zipfile.Path is not supported by tspy")
