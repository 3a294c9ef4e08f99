import codecs
print(codecs.encode('Hello', 'rot13'), codecs.decode('Uryyb', 'rot_13'), codecs.encode(b'ab', 'hex'), codecs.decode(b'6162', 'hex'), codecs.encode(b'ab', 'base64'), codecs.encode('é', 'utf-8'), codecs.decode(b'\xc3\xa9', 'utf-8'), codecs.encode('é', 'latin-1'))
print(codecs.lookup('UTF8').name, codecs.lookup('latin_1').name, codecs.lookup('utf-16').name, codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.lookup('ASCII').name)
try:
    codecs.lookup('nope')
except LookupError as e:
    print(e)
try:
    codecs.encode(b'x', 'rot13')
except TypeError as e:
    print(type(e).__name__)
print(codecs.getencoder('utf-8')('hé'), codecs.getdecoder('utf-8')(b'h\xc3\xa9'))
print(codecs.decode(b'\xff', 'utf-8', 'replace'), codecs.decode(codecs.encode(b'xyz' * 10, 'zlib'), 'zlib'))
print(isinstance(codecs.lookup('utf-8'), tuple), len(codecs.lookup('utf-8')))
