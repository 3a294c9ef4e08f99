# LOAD_GLOBAL caches the dict entry it found; every way a global or builtin
# can change under a cached site must be seen.
import builtins

FunctionType = type(lambda: 0)



def use_len():
    return len([1, 2])


def use_g():
    return g


print(use_len())
len = lambda x: 42  # a global now shadows the builtin
print(use_len())
del len  # back to the builtin
print(use_len())
orig = builtins.len
builtins.len = lambda x: 7  # the builtin itself replaced
print(use_len())
builtins.len = orig
print(use_len())

g = 1
print(use_g())
g = 2
print(use_g())
del g
try:
    use_g()
except NameError as e:
    print("NameError:", e)
g = 3
print(use_g())
globals()["g"] = 4
print(use_g())

# One code object, other globals: the cache must not leak between them.
other = FunctionType(use_g.__code__, {"g": "other"})
print(other(), use_g(), other())
empty = FunctionType(use_len.__code__, {"__builtins__": builtins})
print(empty(), use_len())

# New globals added after the site was cached as a builtin.
def use_abs():
    return abs(-5)


print(use_abs())
globals().update(abs=lambda x: "shadowed")
print(use_abs())
globals().pop("abs")
print(use_abs())
for i in range(3):
    if i == 1:
        exec("abs = lambda x: 'via exec'")
    print(use_abs())
del abs
print(use_abs())
