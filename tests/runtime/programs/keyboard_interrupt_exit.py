# An unhandled KeyboardInterrupt prints its traceback and exits as if killed by SIGINT (status 130).
def work():
    raise KeyboardInterrupt
try:
    work()
except KeyboardInterrupt:
    print('handled once')
print('again')
work()
