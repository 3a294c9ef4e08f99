# A class's __dict__ lists the __dict__/__weakref__ descriptors CPython's
# type_new adds; getset and member descriptors; weakref support follows
# __slots__.
import types
import weakref


class C:
    "doc"
    x = 1

    def f(self):
        pass


class D(C):
    y = 2


class S:
    __slots__ = ("a",)


class E(Exception):
    pass


class I(int):
    pass


for k in (C, D, S, E, I):
    print(k.__name__, list(k.__dict__))
print(C.__dict__["__dict__"], C.__dict__["__weakref__"])
print(C().__weakref__, type(C.__dict__["__dict__"]).__name__)
c = C()
c.z = 3
print(C.__dict__["__dict__"].__get__(c))
print(vars(D))
print(S.a, int.real, type(int.real).__name__, int.real.__get__(5), int.real.__name__, int.real.__objclass__, S.a.__qualname__)
try:
    int.real.__set__(5, 3)
except AttributeError as e:
    print(e)
print(isinstance(int.real, types.GetSetDescriptorType), isinstance(S.a, types.MemberDescriptorType))


class A:
    __slots__ = ("a",)


class B(A):
    __slots__ = ("b", "__weakref__")


class CA(A):
    pass


class Empty:
    __slots__ = ()


class E2(Empty):
    __slots__ = ("x",)


for k in (A, B, CA, Empty, E2, I):
    try:
        weakref.ref(k())
        print(k.__name__, "weakref ok")
    except TypeError as e:
        print(e)
print(hasattr(B(), "__weakref__"), hasattr(A(), "__weakref__"), "__weakref__" in CA.__dict__)
