# An inconsistent MRO names the heads left unmerged, not every base.
class Base: pass
class Mid(Base): pass
class Mid2(Base): pass
class X: pass
class Y: pass
class XY(X, Y): pass
class YX(Y, X): pass
for bases in [(Mid, Base, Mid2), (XY, YX), (Base, Mid), (X, XY, Y)]:
    try:
        type('Bad', bases, {})
    except TypeError as e:
        print(e)
try:
    class Bad(Mid, Base, Mid2): pass
except TypeError as e:
    print(e)
