with open('f') as fp, lock:
    data = fp.read()
def g():
    with a as (b, c):
        return b
