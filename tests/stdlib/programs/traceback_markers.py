import traceback


class Box:
    def __init__(self):
        self.items = {'a': [1, 2]}

    def get(self, k):
        return self.items[k]


def run(src):
    try:
        exec(compile(src, 'snippet.py', 'exec'), {'Box': Box})
    except Exception:
        print(traceback.format_exc(), end='')


def case1():
    b = Box()
    return b.get('a')[0] + b.get('zz')


def case2():
    x = None
    return x.attr


def case3():
    a = 1
    b = 0
    return (a +
            1) // b


def case4():
    d = {'k': {'j': 1}}
    return d['k']['missing']


def case5():
    v = 'ümlaut'; return v + 1


def case6():
    return len(
        5)


def case7():
    nums = [1, 2, 3]
    return nums[1:2][5]


def case8():
    return 2 ** 'x'


def case9():
    f = lambda q: q / 0
    return f(1)


def case10():
    s = 'abc'
    return s.upper().nothere()


def case11():
    x = 3
    x += 'a'


def case12():
    return int('z')  # comment


for fn in (case1, case2, case3, case4, case5, case6, case7, case8, case9, case10, case11, case12):
    try:
        fn()
    except Exception:
        print(traceback.format_exc(), end='')
        print('--')
