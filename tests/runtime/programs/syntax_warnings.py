# Compile-time SyntaxWarnings (compile.c check_compare, compiler_assert, check_caller,
# check_subscripter, check_index), shown as file:line: SyntaxWarning: ... with the source line.
x = 1
if x is 1:
    print("a")
print(x is not 'a', x is None, x is ..., x is True, 1 is x, x is -1, x is (1, 2))
print(x is 1 is 2, x < 2 is 3)
assert (x, 'msg')
assert ()
try:
    (1, 2)(3)
except TypeError as e:
    print(e)
try:
    [1, 2][3, 4]
except TypeError as e:
    print(e)
try:
    print([1 [2]])
except TypeError as e:
    print(e)
try:
    print('abc'['a'])
except TypeError as e:
    print(e)
try:
    f'x'()
except TypeError as e:
    print(e)
try:
    {1, 2}[0]
except TypeError as e:
    print(e)
try:
    print((lambda: 1)[0])
except TypeError as e:
    print(e)
print([1, 2][0], 'ab'[1:], (1, 2)[True], 'a'[x])
def f():
    return x is 2
while x is 3:
    pass
y = [i for i in range(3) if i is 1]
