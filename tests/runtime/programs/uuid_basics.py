import uuid
u = uuid.UUID('12345678-1234-5678-1234-567812345678')
print(u, repr(u), u.hex, u.int, u.bytes, u.version, u.variant, u.fields, u.urn, u.time_low, u.node, u.bytes_le)
print(uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid3(uuid.NAMESPACE_URL, 'http://x'))
print(uuid.UUID('{12345678-1234-5678-1234-567812345678}') == u, uuid.UUID(int=5), uuid.UUID(bytes=b'\x00' * 16), uuid.UUID(fields=(1, 2, 3, 4, 5, 6)))
print(uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID('urn:uuid:12345678123456781234567812345678') == u)
for bad in [lambda: uuid.UUID('xyz'), lambda: uuid.UUID(), lambda: uuid.UUID(int=-1), lambda: uuid.UUID(bytes=b'x')]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
v4 = uuid.uuid4()
print(v4.version, v4.variant, len(str(v4)), v4 != uuid.uuid4())
v1 = uuid.uuid1()
print(v1.version, v1.variant)
print(uuid.NAMESPACE_OID, uuid.RESERVED_NCS, uuid.RFC_4122, uuid.SafeUUID.unknown, u < uuid.UUID(int=u.int + 1), hash(u) == hash(uuid.UUID(str(u))))
try:
    u.int = 5
except TypeError as e:
    print(e)
print(sorted({uuid.uuid5(uuid.NAMESPACE_DNS, n) for n in ['a', 'b', 'a']}))
