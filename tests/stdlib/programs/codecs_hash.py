import base64
import binascii
import hashlib
import gc

data = b'hello world, tspy!\x00\xff'
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'blake2b', 'blake2s', 'sha3_256']:
    h = getattr(hashlib, name)(data)
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
h = hashlib.sha256()
h.update(b'abc')
c = h.copy()
h.update(b'def')
print(c.hexdigest(), h.hexdigest(), h.digest()[:4])
print(hashlib.new('md5', b'x').hexdigest(), hashlib.new('SHA256').hexdigest()[:16])
print(hashlib.md5(string=b'abc').hexdigest())
print(hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 1000).hex())
print(hashlib.pbkdf2_hmac('sha1', b'pw', b'salt', 10, dklen=8).hex())
print(sorted(hashlib.algorithms_guaranteed & {'md5', 'sha1', 'sha256'}))
for bad in ('text', 12):
    try:
        hashlib.md5(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    hashlib.new('nope')
except ValueError as e:
    print('ValueError', e)

print(binascii.hexlify(data), binascii.b2a_hex(b'\x01\x02\x03', '-'), binascii.hexlify(b'\x01\x02\x03\x04\x05', b':', 2))
print(binascii.hexlify(b'\x01\x02\x03\x04\x05', ' ', -2))
print(binascii.unhexlify(b'48656c6c6f'), binascii.a2b_hex('4a4B'))
for bad in (b'abc', b'zz'):
    try:
        binascii.unhexlify(bad)
    except binascii.Error as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
print(binascii.crc32(data), binascii.crc32(b'abc', 12345), binascii.crc32(b''), binascii.crc_hqx(b'abc', 0))
print(binascii.b2a_base64(b'xyz'), binascii.b2a_base64(b'xyz', newline=False), binascii.a2b_base64(b'eHl6\n'))

samples = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256))[:40], b'\xfb\xff\xfe']
for s in samples:
    e = base64.b64encode(s)
    print(e, base64.b64decode(e) == s, base64.urlsafe_b64encode(s), base64.b32encode(s), base64.b16encode(s), base64.b85encode(s))
    assert base64.urlsafe_b64decode(base64.urlsafe_b64encode(s)) == s
    assert base64.b32decode(base64.b32encode(s)) == s
    assert base64.b16decode(base64.b16encode(s)) == s
    assert base64.b85decode(base64.b85encode(s)) == s
print(base64.b64encode(b'\xfb\xff', altchars=b'-_'), base64.b64decode('-_8=', altchars='-_'))
print(base64.b64decode('aGVs bG8=\n'), base64.b64decode(b'aGVsbG8'+b'=='), base64.standard_b64encode(b'ab'))
print(base64.b85encode(b'abc', pad=True), base64.b32decode('mzxw6===', casefold=True))
print(base64.encodebytes(b'x' * 100))
print(base64.decodebytes(b'eHh4\neHh4\n'))
print(base64.b16decode('0aff', casefold=True))
for fn, arg in [(base64.b64decode, 'abc'), (base64.b64decode, 'abcde'), (base64.b64decode, 'ab!c'),
                (base64.b32decode, 'MZXW6'), (base64.b32decode, 'MZXW6!=='), (base64.b16decode, '0aff'),
                (base64.b85decode, b'|NsC0~'), (base64.b64encode, 'str')]:
    try:
        print(fn(arg))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    base64.b64decode('ab!c', validate=True)
except binascii.Error as e:
    print(e)

print(gc.collect(), gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled(), gc.get_threshold())
gc.set_threshold(100, 5)
print(gc.get_threshold(), len(gc.get_count()))
gc.freeze()
print(gc.get_freeze_count() >= 0, gc.garbage, gc.is_tracked([]), gc.is_tracked(1), gc.is_tracked('s'))
