def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError(f'cannot parse {s!r}') from e


def run():
    values = ['1', 'x']
    total = 0
    for v in values:
        total = total +   parse(v)
    return total


try:
    run()
except RuntimeError:
    lst = []
    lst[3]
