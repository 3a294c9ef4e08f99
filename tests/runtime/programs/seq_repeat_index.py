class I:
    def __index__(self): return 2
print('ab' * I(), I() * 'ab', [1] * I(), I() * [0], (1,) * I(), b'x' * I(), bytearray(b'y') * I())
l = [1]; l *= I(); print(l)
s = 'q'; s *= I(); print(s)
try: 'a' * 2.0
except TypeError as e: print(e)
try: [1] * 'a'
except TypeError as e: print(e)
try: 'a' * 'b'
except TypeError as e: print(e)
