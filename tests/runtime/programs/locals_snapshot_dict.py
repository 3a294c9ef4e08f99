# locals() of a function frame is one dict per frame: exec() stores stay, deleted names go.
import sys
def f():
    a = 1
    l1 = locals()
    b = 2
    l2 = locals()
    print(l1 is l2, l1, sys._getframe().f_locals is l1)
    del a
    print(locals())
    exec('c = 3')
    print(locals().get('c'), 'c' in locals())
    exec('a = 10')
    print(locals().get('a'))
    return [locals() for _ in range(1)][0]
print(sorted(f()))
def g(x):
    def inner(): return x
    y = 5
    return sorted(locals())
print(g(1))
def h():
    ns = locals()
    ns['z'] = 1
    return locals()['z'] if 'z' in locals() else 'gone'
print(h())
