# hmac: RFC 2104 HMACs with hashlib's digests, and compare_digest.
import hmac
import hashlib

key = b"secret-key"
for name in ("md5", "sha1", "sha256", "sha512"):
    h = hmac.new(key, b"hello world", name)
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
h = hmac.new(key, digestmod=hashlib.sha256)
h.update(b"hello ")
c = h.copy()
h.update(b"world")
print(h.hexdigest() == hmac.new(key, b"hello world", "sha256").hexdigest(), c.hexdigest() != h.hexdigest())
print(hmac.digest(b"k" * 200, b"long key", "sha256").hex())
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest("abc", "abd"), hmac.compare_digest(b"a", b"ab"))
for bad in ((b"a", "a"), ("é", "é")):
    try:
        hmac.compare_digest(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    hmac.new(key, b"x")
except TypeError as e:
    print("TypeError:", e)
try:
    hmac.new("text", b"x", "sha256")
except TypeError as e:
    print("TypeError:", e)
for a, b in (('a', b'a'), (b'a', 'a'), (1, 2), (b'a', 1), ('a', 1), (bytearray(b'x'), memoryview(b'x'))):
    try:
        print(hmac.compare_digest(a, b))
    except TypeError as e:
        print("TypeError:", e)
