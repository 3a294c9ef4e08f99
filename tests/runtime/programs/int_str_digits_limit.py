import math, collections
print(isinstance([], collections.abc.Iterable))
try:
    print(len(str(math.factorial(2000))))
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("1" * 5000)
except ValueError as e:
    print(type(e).__name__, e)
print(len(str(10 ** 4299)), len(hex(10 ** 5000)))
try:
    print(10 ** 4300)
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{10 ** 4300:d}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    repr(-10 ** 4300)
except ValueError as e:
    print(type(e).__name__, e)
import sys
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits)
try:
    "%d" % (10 ** 5000)
except ValueError as e:
    print(type(e).__name__, e)
print(len("%x" % (10 ** 5000)), len(format(10 ** 5000, "x")), len(f"{-10 ** 5000:b}"), int("1" * 5000, 16) > 0)
try:
    int("1" * 5000, 36)
except ValueError as e:
    print(type(e).__name__, e)
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(5000)
print(len(str(10 ** 4999)), len(str(-10 ** 4999)), sys.get_int_max_str_digits())
try:
    str(10 ** 5000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("9" * 5001)
except ValueError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 6000)), len(f"{10 ** 6000:,}"), int("7" * 6000) % 1000)
sys.set_int_max_str_digits(maxdigits=4300)
print(sys.get_int_max_str_digits())
import collections
print(isinstance([], collections.abc.Iterable), isinstance({}, collections.abc.Mapping), collections.abc.Sequence.__name__)
print(issubclass(collections.OrderedDict, collections.abc.MutableMapping), isinstance(collections.deque(), collections.abc.MutableSequence))
try:
    collections.nope
except AttributeError as e:
    print(type(e).__name__, e)
from collections import abc
print(abc is collections.abc)
