e = ValueError("bad", 2)
print(repr(e), str(e), e.args)
print(repr(ValueError()), str(ValueError()), repr(ValueError("x")), str(ValueError(1)))
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()), str(KeyError(1, 2)))
class MyErr(Exception):
    def __init__(self, x):
        super().__init__(f"my {x}")
        self.x = x
try:
    raise MyErr(5)
except Exception as err:
    print(type(err).__name__, err, err.x, err.args, repr(err))
class NoSuper(Exception):
    def __init__(self, x):
        self.x = x
print(repr(NoSuper(5)), NoSuper(5).args, str(NoSuper(5)))
class WithStr(Exception):
    def __str__(self):
        return "custom"
print(str(WithStr()), repr(WithStr(1)))
print(StopIteration().value, StopIteration(1, 2).value, SystemExit().code, SystemExit(3).code, SystemExit(1, 2).code)
ose = OSError(2, "No such file or directory", "x")
print(type(ose).__name__, ose, ose.errno, ose.strerror, ose.filename, ose.args)
print(type(OSError(13, "denied")).__name__, str(OSError(1)), OSError(1).errno)
print(str(OSError(2, "x", "f", None, "g")))
ie = ImportError("m", name="mod", path="/p")
print(ie, ie.name, ie.path, ie.msg)
print(NameError("n", name="v").name, AttributeError("a", name="nm", obj=1).obj)
se = SyntaxError("bad", ("f.py", 3, 4, "txt", 3, 5))
print(se, se.lineno, se.offset, se.text, se.filename)
eg = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
print(eg, repr(eg), eg.message, eg.exceptions)
m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(repr(eg.subgroup(lambda x: isinstance(x, TypeError))))
print(type(BaseExceptionGroup("b", [ValueError()])).__name__)
e2 = ValueError("v")
e2.add_note("note 1")
e2.add_note("note 2")
print(e2.__notes__)
try:
    try:
        raise KeyError("inner")
    except KeyError as inner:
        raise RuntimeError("outer") from inner
except RuntimeError as outer:
    print(repr(outer.__cause__), repr(outer.__context__), outer.__suppress_context__)
e3 = ValueError()
e3.args = [1, 2]
print(e3.args, e3)
print(e3.with_traceback(None) is e3, e3.__traceback__)
def show(fn):
    try:
        fn()
    except Exception as ex:
        print(type(ex).__name__ + ":", ex)
show(lambda: Exception(x=1))
show(lambda: ExceptionGroup("x", []))
show(lambda: ExceptionGroup("x", [1]))
show(lambda: ExceptionGroup(1, [ValueError()]))
show(lambda: ExceptionGroup("x", [KeyboardInterrupt()]))
show(lambda: ValueError().add_note(1))
show(lambda: setattr(ValueError(), "__cause__", 1))
show(lambda: eg.split(1))
