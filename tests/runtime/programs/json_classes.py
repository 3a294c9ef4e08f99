import json, io
from json import JSONEncoder, JSONDecoder
from json.decoder import JSONDecodeError
class Pt:
    def __init__(self, x, y): self.x, self.y = x, y
class PtEnc(JSONEncoder):
    def default(self, o):
        if isinstance(o, Pt): return {'__pt__': [o.x, o.y]}
        return super().default(o)
def hook(d):
    return Pt(*d['__pt__']) if '__pt__' in d else d
s = json.dumps({'p': Pt(1, 2), 'l': [Pt(3, 4)]}, cls=PtEnc, indent=2, sort_keys=True)
print(s)
back = json.loads(s, object_hook=hook); print(type(back['p']).__name__, back['l'][0].y)
print(PtEnc().encode([Pt(0, 0)]), JSONEncoder(separators=(',', ':')).encode({'a': [1, 2]}), ''.join(JSONEncoder().iterencode({'k': 1})))
try: PtEnc().encode(object())
except TypeError as e: print(e)
dec = JSONDecoder()
print(dec.decode(' [1, 2] '), dec.raw_decode('{"a": 1} trailing'), dec.raw_decode('xx 5', 3))
try: dec.raw_decode(' 1')
except JSONDecodeError as e: print(type(e).__name__, e, e.pos)
class MyDec(JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)
    def hook(self, d): return sorted(d.items())
print(json.loads('{"b": 1, "a": {"c": 2}}', cls=MyDec), json.loads('[1.5]', cls=MyDec, parse_float=str))
buf = io.StringIO(); json.dump({'p': Pt(5, 6)}, buf, cls=PtEnc); print(buf.getvalue())
buf.seek(0); print(json.load(buf, object_pairs_hook=list))
print(JSONDecodeError.__module__, JSONDecodeError.__mro__[1].__name__, json.JSONDecodeError is JSONDecodeError, json.encoder.JSONEncoder is JSONEncoder)
print(json.dumps({'a': 1}, cls=None), json.loads(b'{"x": [true]}'), json.loads(bytearray(b'2')))
json.loads('{"a": tru}')
