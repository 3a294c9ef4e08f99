# Sizes beyond what CPython can represent or allocate fail with its errors, not RecursionError.
def t(f):
    try:
        r = f()
        print(type(r).__name__, len(r))
    except BaseException as e:
        print(type(e).__name__, e)
t(lambda: bytes(2**63))
t(lambda: bytes(2**70))
t(lambda: bytearray(2**70))
t(lambda: (1,) * 2**62)
t(lambda: 'ab' * 2**62)
t(lambda: chr(2**70))
t(lambda: chr(2**31))
t(lambda: chr(-2**70))
t(lambda: chr(2**31 - 1))
t(lambda: bytes(3))
