import pickle
for proto in (2, 3, 4, 5):
    for obj in (complex(1, 2), complex(-0.0, 3.5), bytearray(b'ab\xff'), bytearray(), [bytearray(b'x')] * 2):
        back = pickle.loads(pickle.dumps(obj, protocol=proto))
        print(proto, type(back).__name__, back == obj, back)
    shared = bytearray(b'q')
    a, b = pickle.loads(pickle.dumps([shared, shared], protocol=proto))
    print(a is b)
print(pickle.dumps(bytearray(b'ab'), 3), pickle.dumps(bytearray(b'ab'), 4))
print(complex(1, 2).__getnewargs__(), complex(3).__getnewargs__(), type(complex(0, 1).__getnewargs__()[1]).__name__)
class C(complex):
    pass
c = pickle.loads(pickle.dumps(C(5, 6), 4))
print(type(c).__name__, c)
