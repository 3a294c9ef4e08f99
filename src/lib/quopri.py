"""Conversions to/from quoted-printable transport encoding (RFC 1521).

tspy's own implementation: the codecs are binascii.b2a_qp / a2b_qp, as in
CPython when its binascii is available; encode/decode work on binary files.
"""

from binascii import a2b_qp, b2a_qp

__all__ = ["encode", "decode", "encodestring", "decodestring"]

ESCAPE = b'='
MAXLINESIZE = 76
HEX = b'0123456789ABCDEF'
EMPTYSTRING = b''


def needsquoting(c, quotetabs, header):
    """Whether the one-byte bytes `c` must be written as =XX.

    Spaces and tabs only with `quotetabs` (at a line end they always are, which
    the encoder handles), '_' only in header mode.
    """
    assert isinstance(c, bytes)
    if c in b' \t':
        return quotetabs
    if c == b'_':
        return header
    return c == ESCAPE or not (b' ' <= c <= b'~')


def quote(c):
    """The =XX form of the one-byte bytes `c`."""
    assert isinstance(c, bytes) and len(c) == 1
    n = ord(c)
    return ESCAPE + bytes((HEX[n >> 4], HEX[n & 15]))


def encode(input, output, quotetabs, header=False):
    """Read binary file `input` and write its quoted-printable form to `output`."""
    output.write(b2a_qp(input.read(), quotetabs=quotetabs, header=header))


def encodestring(s, quotetabs=False, header=False):
    """The quoted-printable form of bytes `s`."""
    return b2a_qp(s, quotetabs=quotetabs, header=header)


def decode(input, output, header=False):
    """Read quoted-printable binary file `input` and write the decoded bytes to `output`."""
    output.write(a2b_qp(input.read(), header=header))


def decodestring(s, header=False):
    """The bytes encoded by quoted-printable `s`."""
    return a2b_qp(s, header=header)


def ishex(c):
    """Whether the one-byte bytes `c` is a hexadecimal digit."""
    assert isinstance(c, bytes)
    return b'0' <= c <= b'9' or b'a' <= c <= b'f' or b'A' <= c <= b'F'


def unhex(s):
    """The value of the hexadecimal digits in bytes `s`."""
    value = 0
    for n in s:
        c = bytes((n,))
        if not ishex(c):
            assert False, "non-hex digit " + repr(c)
        value = value * 16 + int(c, 16)
    return value


def main():
    import sys
    import getopt
    try:
        opts, args = getopt.getopt(sys.argv[1:], 'td')
    except getopt.error as msg:
        sys.stdout = sys.stderr
        print(msg)
        print("usage: quopri [-t | -d] [file] ...")
        print("-t: quote tabs")
        print("-d: decode; default encode")
        sys.exit(2)
    opt_names = [o for o, _ in opts]
    tabs = '-t' in opt_names
    deco = '-d' in opt_names
    if tabs and deco:
        sys.stdout = sys.stderr
        print("-t and -d are mutually exclusive")
        sys.exit(2)
    status = 0
    for name in args or ['-']:
        if name == '-':
            fp = sys.stdin.buffer
        else:
            try:
                fp = open(name, "rb")
            except OSError as msg:
                sys.stderr.write("%s: can't open (%s)\n" % (name, msg))
                status = 1
                continue
        try:
            if deco:
                decode(fp, sys.stdout.buffer)
            else:
                encode(fp, sys.stdout.buffer, tabs)
        finally:
            if name != '-':
                fp.close()
    if status:
        sys.exit(status)


if __name__ == '__main__':
    main()
