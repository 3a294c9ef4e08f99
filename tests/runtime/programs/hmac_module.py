import hmac, hashlib, secrets
h = hmac.new(b'key', b'The quick brown fox', hashlib.sha256)
print(h.hexdigest(), h.name, h.digest_size, h.block_size)
h2 = h.copy(); h2.update(b' jumps'); print(h.hexdigest()[:16], h2.hexdigest()[:16])
print(hmac.new(b'k' * 100, b'msg', 'md5').hexdigest(), hmac.digest(b'k', b'm', 'sha1').hex(), hmac.new(bytearray(b'k'), digestmod=hashlib.sha512).hexdigest()[:20])
print(hmac.new(b'k', digestmod='sha384').name, hmac.HMAC(b'', b'', 'sha224').hexdigest())
for args in [('str', b'm', 'sha1'), (b'k', b'm', None), (b'k', b'm', '')]:
    try: hmac.new(*args)
    except TypeError as e: print(e)
try: hmac.new(b'k', b'm')
except TypeError as e: print(e)
for a, b in [('a', 'a'), (b'a', b'b'), ('a', b'a'), (b'a', 'a'), ('é', 'é'), (1, 2), (b'a', 1), (bytearray(b'x'), b'x'), (memoryview(b'x'), b'x'), ('a', 'ab')]:
    for f in (hmac.compare_digest, secrets.compare_digest):
        try: print(f(a, b))
        except TypeError as e: print(e)
