import dis


def f(a, b=2, *args, k=1, **kw):
    total = 0
    for i in range(a):
        if i % 2 == 0 and i > b:
            total += i * k
        elif i in (1, 2, 3):
            continue
        else:
            try:
                total -= len(kw)
            except TypeError as e:
                total = -1
    return f"{total!r:>5}"


dis.dis(f)
print(dis.code_info(f).replace(__file__, 'dis_module.py'))
for ins in dis.get_instructions(f):
    if ins.offset < 40:
        print(ins)
print(dis.opname[100], dis.opmap['LOAD_CONST'], dis.cmp_op, dis.hasconst, dis.hasjrel[:4], dis.HAVE_ARGUMENT)
print(dis.stack_effect(dis.opmap['BUILD_LIST'], 3), dis.stack_effect(dis.opmap['POP_TOP']))
print(list(dis.findlinestarts(f.__code__))[:4])
print(dis.findlabels(f.__code__.co_code))
dis.dis("x = {1: (2, 3.5), 'k': None}")
dis.dis("a + b * c")
bc = dis.Bytecode(f)
print(bc.info() == dis.code_info(f), [i.opname for i in bc][:5])
print(dis.pretty_flags(f.__code__.co_flags))
class K:
    def m(self):
        return self.x
    @staticmethod
    def s(q):
        return q
dis.dis(K)
try:
    dis.dis(42)
except TypeError as e:
    print("TypeError", e)
