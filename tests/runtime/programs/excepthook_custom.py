# A program's sys.excepthook sees the uncaught exception; the default hook is sys.__excepthook__.
import sys

print(sys.excepthook is sys.__excepthook__)


def hook(etype, value, tb):
    print('hook:', etype.__name__, value, tb is not None, tb.tb_lineno)
    sys.__excepthook__(etype, value, tb)


sys.excepthook = hook
print('before')
raise ValueError('boom')
